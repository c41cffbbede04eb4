using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Schema;

/// <summary>
/// Validates every resource the layer writes, every inbound body and some deliberately invalid bodies in one node process, once
/// per test run, so that each test can assert on its own resource without starting node again.
/// </summary>
public sealed class SchemaValidationFixture
{
    // Bodies the schema must refuse (the strict reader refuses them too, so they are written by hand).
    private static readonly Dictionary<string, string> Invalid = new()
    {
        ["UnknownElement"] = """{"resourceType":"Patient","smeknamn":"Tolle"}""",
        ["GenderOutsideBinding"] = """{"resourceType":"Patient","gender":"okänd"}""",
        ["PartialDateTimeWithoutZone"] = """{"resourceType":"Communication","status":"completed","sent":"2025-03-04T10:00"}""",
        ["FlagWithoutSubject"] = """{"resourceType":"Flag","status":"active","code":{"text":"Spärrat"}}""",
        ["BundleEntryInvalid"] = """{"resourceType":"Bundle","type":"searchset","entry":[{"resource":{"resourceType":"Flag","status":"spärrad","code":{"text":"x"},"subject":{"reference":"Patient/1"}}}]}""",
    };

    private readonly Lazy<Task<IReadOnlyDictionary<string, (FhirSchemaResult Result, string Json)>>> results;

    public SchemaValidationFixture() => results = new(ValidateAllAsync);

    public FhirSchemaValidator Validator { get; } = new();

    public async System.Threading.Tasks.Task<(FhirSchemaResult Result, string Json)> ResultForAsync(string name) => (await results.Value)[name];

    private async Task<IReadOnlyDictionary<string, (FhirSchemaResult, string)>> ValidateAllAsync()
    {
        var documents = LayerExamples.All
            .Select(example => (Name: "example:" + example.Key, Json: FhirJson.Serialize(example.Value())))
            .Concat(InboundJson.All.Select(body => (Name: "inbound:" + body.Key, Json: body.Value)))
            .Concat(Invalid.Select(body => (Name: "invalid:" + body.Key, Json: body.Value)))
            .ToList();
        var validated = await Validator.ValidateAsync([.. documents.Select(d => d.Json)]);
        return documents
            .Select((document, index) => (document.Name, Entry: (validated[index], document.Json)))
            .ToDictionary(pair => pair.Name, pair => pair.Entry);
    }
}
