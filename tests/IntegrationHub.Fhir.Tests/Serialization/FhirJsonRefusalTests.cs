using System.Text;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Serialization;

public sealed class FhirJsonRefusalTests
{
    [Fact]
    public void TryParseResource_UnknownTopLevelElement_RefusedAsStructure()
    {
        var error = Refuse<Patient>("""{"resourceType":"Patient","active":true,"nickname":"Tolle"}""");

        Assert.Equal("structure", error.Code);
        Assert.Equal("Unknown element 'nickname'", error.Diagnostics);
        Assert.Equal("Patient.nickname", error.Expression);
    }

    [Fact]
    public void TryParseResource_UnknownElementInDatatype_RefusedWithItsPath()
    {
        var error = Refuse<Patient>("""{"resourceType":"Patient","name":[{"family":"Tolvansson","nickname":"Tolle"}]}""");

        Assert.Equal("structure", error.Code);
        Assert.Equal("Patient.name[0].nickname", error.Expression);
    }

    [Fact]
    public void TryParseResource_UnknownElementInBundleEntry_RefusedWithTheFullPath()
    {
        var body = """
            {"resourceType":"Bundle","type":"searchset","entry":[
              {"resource":{"resourceType":"Patient","active":true}},
              {"resource":{"resourceType":"Flag","status":"active","code":{"text":"x"},"subject":{"reference":"Patient/1"},"colour":"red"}}]}
            """;

        var error = Refuse<Bundle>(body);

        Assert.Equal("structure", error.Code);
        Assert.Equal("Unknown element 'colour'", error.Diagnostics);
        Assert.Equal("Bundle.entry[1].resource.colour", error.Expression);
    }

    [Fact]
    public void TryParseResource_PrimitiveExtensionElement_RefusedAsUnknown()
    {
        // _birthDate (an extension on a primitive) is valid FHIR, but not modelled: refused rather than dropped.
        var error = Refuse<Patient>("""{"resourceType":"Patient","_birthDate":{"extension":[{"url":"http://x","valueString":"y"}]}}""");

        Assert.Equal("structure", error.Code);
        Assert.Equal("Unknown element '_birthDate'", error.Diagnostics);
    }

    [Fact]
    public void TryParseResource_WrongResourceType_RefusedAsInvalid()
    {
        var error = Refuse<Consent>(InboundJson.RegionalCommunication);

        Assert.Equal("invalid", error.Code);
        Assert.Equal("Expected resourceType 'Consent' but the body has 'Communication'", error.Diagnostics);
    }

    [Fact]
    public void TryParseResource_UnsupportedResourceType_RefusedAsInvalid()
    {
        var error = Refuse<Resource>("""{"resourceType":"Observation","status":"final"}""");

        Assert.Equal("invalid", error.Code);
        Assert.StartsWith("Unknown or unsupported resourceType 'Observation'", error.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseResource_UnsupportedResourceTypeInBundleEntry_RefusedWithThePath()
    {
        var error = Refuse<Bundle>("""{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Observation"}}]}""");

        Assert.Equal("invalid", error.Code);
        Assert.Equal("Bundle.entry[0].resource", error.Expression);
    }

    [Fact]
    public void TryParseResource_MissingResourceType_RefusedAsInvalid()
    {
        var error = Refuse<Patient>("""{"active":true}""");

        Assert.Equal("invalid", error.Code);
        Assert.Equal("The resource has no resourceType", error.Diagnostics);
    }

    [Fact]
    public void TryParseResource_ResourceTypeNotAString_RefusedAsInvalid()
    {
        var error = Refuse<Patient>("""{"resourceType":42}""");

        Assert.Equal("invalid", error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("""{"resourceType":"Patient",}""")]
    [InlineData("""{"resourceType":"Patient" "active":true}""")]
    [InlineData("""{"resourceType":"Patient"}}""")]
    [InlineData("""{"resourceType":"Patient","active":tru}""")]
    [InlineData("""{"resourceType":"Patient", /* comment */ "active":true}""")]
    [InlineData("""[{"resourceType":"Patient"}]""")]
    [InlineData("\"Patient\"")]
    public void TryParseResource_MalformedJson_RefusedAsStructure(string body)
    {
        var error = Refuse<Resource>(body);

        Assert.Equal("structure", error.Code);
        Assert.DoesNotContain("System.", error.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseResource_JsonNull_RefusedAsStructure()
    {
        Assert.Equal("structure", Refuse<Resource>("null").Code);
    }

    [Fact]
    public void TryParseResource_InvalidUtf8_RefusedNotThrown()
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\""), 0xC3, 0x28, .. "\"}]}"u8];

        Assert.False(FhirJson.TryParseResource<Patient>(body, out _, out var error));
        Assert.Equal("structure", error.Code);
    }

    [Fact]
    public void TryParseResource_DuplicateElement_RefusedAsStructure()
    {
        var error = Refuse<Patient>("""{"resourceType":"Patient","active":true,"active":false}""");

        Assert.Equal("structure", error.Code);
        Assert.Contains("'active'", error.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseResource_DuplicateResourceType_RefusedAsStructure()
    {
        var error = Refuse<Patient>("""{"resourceType":"Patient","resourceType":"Flag"}""");

        Assert.Equal("structure", error.Code);
    }

    [Fact]
    public void TryParseResource_NullInArray_Refused()
    {
        var error = Refuse<Patient>("""{"resourceType":"Patient","name":[{"given":["Tolvan",null]}]}""");

        Assert.Equal("invalid", error.Code);
        Assert.Equal("Patient.name[0].given", error.Expression);
    }

    [Fact]
    public void TryParseResource_ValueOfWrongJsonType_RefusedWithoutDotNetNames()
    {
        var error = Refuse<Patient>("""{"resourceType":"Patient","active":"yes"}""");

        Assert.Equal("invalid", error.Code);
        Assert.Equal("Patient.active", error.Expression);
        Assert.DoesNotContain("System.", error.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseResource_NumberAsString_Refused()
    {
        Assert.Equal("invalid", Refuse<Bundle>("""{"resourceType":"Bundle","type":"searchset","total":"3"}""").Code);
    }

    [Fact]
    public void TryParseResource_MissingRequiredElement_RefusedNamingIt()
    {
        var error = Refuse<Flag>("""{"resourceType":"Flag","status":"active","code":{"text":"Spärrat"}}""");

        Assert.Equal("invalid", error.Code);
        Assert.Equal("Missing required element(s): subject", error.Diagnostics);
        Assert.DoesNotContain("IntegrationHub", error.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseResource_RequiredElementNull_Refused()
    {
        var error = Refuse<Communication>("""{"resourceType":"Communication","status":null}""");

        Assert.Equal("invalid", error.Code);
        Assert.Equal("Element 'status' must not be null", error.Diagnostics);
    }

    [Theory]
    [InlineData("1912-12-1")]
    [InlineData("12/12/1912")]
    [InlineData("2023-02-29")]
    [InlineData("1912-12-12T10:00:00Z")]
    public void TryParseResource_BadlyFormedDate_RefusedNamingTheValue(string birthDate)
    {
        var error = Refuse<Patient>($$"""{"resourceType":"Patient","birthDate":"{{birthDate}}"}""");

        Assert.Equal("invalid", error.Code);
        Assert.Equal("Patient.birthDate", error.Expression);
        Assert.Contains(birthDate, error.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseResource_DateTimeWithoutZone_Refused()
    {
        var error = Refuse<Communication>("""{"resourceType":"Communication","status":"completed","sent":"2025-03-04T10:00:00"}""");

        Assert.Equal("Communication.sent", error.Expression);
    }

    [Fact]
    public void TryParseResource_BothTypesOfAChoiceElement_Refused()
    {
        var error = Refuse<Patient>("""{"resourceType":"Patient","deceasedBoolean":true,"deceasedDateTime":"2024-11-03"}""");

        Assert.Equal("invalid", error.Code);
        Assert.Equal("Only one type of deceased[x] may be given", error.Diagnostics);
        Assert.Equal("Patient", error.Expression);
    }

    [Fact]
    public void TryParseResource_PayloadWithoutContent_Refused()
    {
        var error = Refuse<Communication>("""{"resourceType":"Communication","status":"completed","payload":[{}]}""");

        Assert.Equal("Missing required element content[x]", error.Diagnostics);
        Assert.Equal("Communication.payload[0]", error.Expression);
    }

    [Fact]
    public void TryParseResource_CodeOutsideRequiredBinding_RefusedNamingTheCodes()
    {
        var error = Refuse<Patient>("""{"resourceType":"Patient","gender":"okänd"}""");

        Assert.Equal("invalid", error.Code);
        Assert.Equal("'okänd' is not a valid code for 'gender' (one of: male, female, other, unknown)", error.Diagnostics);
        Assert.Equal("Patient.gender", error.Expression);
    }

    [Fact]
    public void TryParseResource_ListCodeOutsideRequiredBinding_Refused()
    {
        var body = """
            {"resourceType":"CapabilityStatement","status":"active","date":"2025","kind":"instance","fhirVersion":"4.0.1","format":["json"],
             "rest":[{"mode":"server","resource":[{"type":"Patient","referencePolicy":["literal","psychic"]}]}]}
            """;

        var error = Refuse<CapabilityStatement>(body);

        Assert.StartsWith("'psychic' is not a valid code for 'referencePolicy'", error.Diagnostics, StringComparison.Ordinal);
        Assert.Equal("CapabilityStatement.rest[0].resource[0].referencePolicy", error.Expression);
    }

    [Fact]
    public void Deserialize_Refused_ThrowsFhirParseExceptionWithTheError()
    {
        var exception = Assert.Throws<FhirParseException>(() => FhirJson.Deserialize<Patient>("""{"resourceType":"Patient","x":1}"""));

        Assert.Equal("structure", exception.Error.Code);
        Assert.Equal("Patient.x", exception.Error.Expression);
    }

    [Fact]
    public async Task ParseResourceAsync_MalformedStream_ReturnsTheError()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"resourceType\":"));

        var result = await FhirJson.ParseResourceAsync<Consent>(stream);

        Assert.False(result.IsSuccess);
        Assert.Equal("structure", result.Error.Code);
    }

    [Fact]
    public void ToOperationOutcome_Refusal_IsOneErrorIssueWithCodeDiagnosticsAndExpression()
    {
        var outcome = Refuse<Patient>("""{"resourceType":"Patient","nickname":"Tolle"}""").ToOperationOutcome();

        var issue = Assert.Single(outcome.Issue);
        Assert.Equal("error", issue.Severity);
        Assert.Equal("structure", issue.Code);
        Assert.Equal("Unknown element 'nickname'", issue.Diagnostics);
        Assert.Equal(["Patient.nickname"], issue.Expression);
    }

    private static FhirParseError Refuse<T>(string body)
        where T : Resource
    {
        Assert.False(FhirJson.TryParseResource<T>(body, out var resource, out var error), resource is null ? null : FhirJson.Serialize(resource));
        return error;
    }
}
