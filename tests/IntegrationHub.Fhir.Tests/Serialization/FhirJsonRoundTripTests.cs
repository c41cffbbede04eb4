using System.Text;
using System.Text.Json.Nodes;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Serialization;

public sealed class FhirJsonRoundTripTests
{
    [Theory]
    [MemberData(nameof(FhirExamples.Names), MemberType = typeof(FhirExamples))]
    public void Deserialize_SerializedExample_WritesTheSameJsonAgain(string name)
    {
        var example = FhirExamples.Build(name);
        var json = FhirJson.Serialize(example);

        var read = FhirJson.Deserialize<Resource>(json);

        Assert.IsType(example.GetType(), read);
        Assert.Equal(json, FhirJson.Serialize(read));
    }

    [Theory]
    [MemberData(nameof(FhirExamples.Names), MemberType = typeof(FhirExamples))]
    public void TryParseResource_ExampleAsItsOwnType_Succeeds(string name)
    {
        var example = FhirExamples.Build(name);
        var json = FhirJson.Serialize(example, writeIndented: true);

        Resource parsed = example switch
        {
            CapabilityStatement => Parse<CapabilityStatement>(json),
            Patient => Parse<Patient>(json),
            Flag => Parse<Flag>(json),
            RelatedPerson => Parse<RelatedPerson>(json),
            Consent => Parse<Consent>(json),
            Communication => Parse<Communication>(json),
            FhirTask => Parse<FhirTask>(json),
            AuditEvent => Parse<AuditEvent>(json),
            OperationOutcome => Parse<OperationOutcome>(json),
            Bundle => Parse<Bundle>(json),
            _ => throw new InvalidOperationException($"no case for {example.GetType()}"),
        };

        Assert.Equal(example.ResourceType, parsed.ResourceType);
        Assert.Equal(FhirJson.Serialize(example), FhirJson.Serialize(parsed));
    }

    [Theory]
    [MemberData(nameof(InboundJson.Names), MemberType = typeof(InboundJson))]
    public void TryParseResource_InboundBody_KeepsEveryElement(string name)
    {
        var body = InboundJson.All[name];

        Assert.True(FhirJson.TryParseResource<Resource>(body, out var resource, out var error), error?.ToString());

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(FhirJson.Serialize(resource))), FhirJson.Serialize(resource));
    }

    [Fact]
    public void Deserialize_BundleOfMixedEntries_ReadsEachEntryAsItsOwnType()
    {
        var json = FhirJson.Serialize(FhirExamples.SearchSetOfMixedEntries());

        var bundle = FhirJson.Deserialize<Bundle>(json);

        Assert.Collection(
            bundle.Entry!,
            entry => Assert.Equal(FhirExamples.Tolvan, Assert.IsType<Patient>(entry.Resource).Identifier![0].Value),
            entry => Assert.Equal("active", Assert.IsType<Flag>(entry.Resource).Status),
            entry => Assert.True(Assert.IsType<RelatedPerson>(entry.Resource).Active),
            entry =>
            {
                Assert.IsType<OperationOutcome>(entry.Resource);
                Assert.Equal("outcome", entry.Search!.Mode);
            });
        Assert.Equal(3, bundle.Total);
        Assert.Equal(["self", "next"], bundle.Link!.Select(l => l.Relation));
        Assert.Equal($"{FhirExamples.BaseUrl}/Flag/lock-7f3a9c", bundle.Entry![1].FullUrl);
    }

    [Fact]
    public async Task DeserializeAsync_Stream_ReadsTheResource()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(InboundJson.RegionalCommunication));

        var communication = await FhirJson.DeserializeAsync<Communication>(stream);

        Assert.Equal("Välkommen på mammografi den 12 mars kl. 09.40. Mottagningen ligger på plan 2.", communication.Payload![0].ContentString);
        Assert.Equal("urn:oid:1.2.752.129.2.1.3.1", communication.Recipient![0].Identifier!.System);
    }

    [Fact]
    public void Deserialize_SyncStream_ReadsTheResource()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(InboundJson.JournalConsentGuardianBlock));

        var consent = FhirJson.Deserialize<Consent>(stream);

        Assert.Equal("GUARD", consent.Provision!.Actor![0].Role.Coding![0].Code);
    }

    [Fact]
    public async Task SerializeAsync_Stream_WritesWhatSerializeWrites()
    {
        var patient = FhirExamples.Patient();
        using var stream = new MemoryStream();

        await FhirJson.SerializeAsync(stream, patient);

        Assert.Equal(FhirJson.Serialize(patient), Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(FhirJson.SerializeToUtf8Bytes(patient), stream.ToArray());
    }

    private static T Parse<T>(string json)
        where T : Resource
    {
        Assert.True(FhirJson.TryParseResource<T>(json, out var resource, out var error), error?.ToString());
        return resource;
    }
}
