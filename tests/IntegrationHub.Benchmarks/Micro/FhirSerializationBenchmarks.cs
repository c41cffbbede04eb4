using BenchmarkDotNet.Attributes;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Benchmarks.Micro;

/// <summary>
/// The FHIR layer's JSON (Firely through <see cref="FhirJson"/>) for the answer of <c>GET Patient?identifier=</c>: a
/// searchset Bundle with one Patient as the hub builds it (identifier, name, birth date, active, deceased), written and
/// parsed back.
/// </summary>
[MemoryDiagnoser]
public class FhirSerializationBenchmarks
{
    private readonly Bundle bundle = new()
    {
        Type = Bundle.BundleType.Searchset,
        Total = 1,
        Link = [new Bundle.LinkComponent { Relation = "self", Url = "http://127.0.0.1/fhir/r4/Patient?identifier=http://electronichealth.se/identifier/personnummer%7C191212121212" }],
        Entry =
        [
            new Bundle.EntryComponent
            {
                FullUrl = "http://127.0.0.1/fhir/r4/Patient/p-0123456789abcdef",
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
                Resource = new Patient
                {
                    Id = "p-0123456789abcdef",
                    Identifier = [new Identifier("http://electronichealth.se/identifier/personnummer", "191212121212")],
                    Active = true,
                    BirthDate = "1912-12-12",
                    Deceased = new FhirBoolean(false),
                    Name = [new HumanName { Family = "Tolvansson", Given = ["Tolvan"], Use = HumanName.NameUse.Official }],
                },
            },
        ],
    };

    private byte[] json = [];

    [GlobalSetup]
    public void Setup() => json = FhirJson.SerializeToUtf8Bytes(bundle);

    [Benchmark]
    public byte[] WritePatientBundle() => FhirJson.SerializeToUtf8Bytes(bundle);

    [Benchmark]
    public FhirParseResult ParsePatientBundle() => FhirJson.Parse(json);
}
