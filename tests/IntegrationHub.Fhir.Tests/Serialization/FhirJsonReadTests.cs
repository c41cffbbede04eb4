using System.Text;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Serialization;

/// <summary>Strict reading: every problem of a body is an issue naming the element, all at once, and nothing throws.</summary>
public sealed class FhirJsonReadTests
{
    [Theory]
    [MemberData(nameof(InboundJson.Names), MemberType = typeof(InboundJson))]
    public void Parse_InboundBody_ReadsWithoutIssues(string name)
    {
        var parsed = FhirJson.Parse(InboundJson.All[name]);

        Assert.True(parsed.IsSuccess, string.Join("\n", parsed.Issues.Select(i => $"{i.Expression.FirstOrDefault()}: {i.Diagnostics}")));
    }

    [Fact]
    public void Parse_UnknownTopLevelElement_IsAStructureIssueNamingIt()
    {
        var issue = Assert.Single(FhirJson.Parse("""{"resourceType":"Patient","active":true,"nickname":"Tolle"}""").Issues);

        Assert.Equal(OperationOutcome.IssueType.Structure, issue.Code);
        Assert.Equal(OperationOutcome.IssueSeverity.Error, issue.Severity);
        Assert.Equal("Patient.nickname", Assert.Single(issue.Expression));
        Assert.Contains("'nickname'", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownElementInADatatype_NamesItsPath()
    {
        var issue = Assert.Single(FhirJson.Parse("""{"resourceType":"Patient","name":[{"family":"Tolvansson","nickname":"Tolle"}]}""").Issues);

        Assert.Equal("Patient.name[0].nickname", Assert.Single(issue.Expression));
    }

    [Fact]
    public void Parse_UnknownElementInABundleEntry_NamesTheFullPath()
    {
        const string body = """
            {"resourceType":"Bundle","type":"searchset","entry":[
              {"resource":{"resourceType":"Patient","active":true}},
              {"resource":{"resourceType":"Flag","status":"active","code":{"text":"x"},"subject":{"reference":"Patient/1"},"colour":"red"}}]}
            """;

        var issue = Assert.Single(FhirJson.Parse(body).Issues);

        Assert.Equal("Bundle.entry[1].resource.colour", Assert.Single(issue.Expression));
    }

    [Fact]
    public void Parse_SeveralProblems_ListsEachOnceWithItsElement()
    {
        const string body = """
            {"resourceType":"Consent","status":"okänd","sealedBy":"x","dateTime":"igår",
             "patient":{"identifier":{"system":"http://electronichealth.se/identifier/personnummer","value":191212121212}}}
            """;

        var parsed = FhirJson.Parse(body);

        Assert.False(parsed.IsSuccess);
        Assert.IsType<Consent>(parsed.Resource);
        var paths = parsed.Issues.Select(i => Assert.Single(i.Expression)).ToList();
        Assert.Equal(
            ["Consent.category", "Consent.dateTime", "Consent.patient.identifier.value", "Consent.scope", "Consent.sealedBy", "Consent.status"],
            paths.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(parsed.Issues, i => i.Diagnostics!.Contains("$this", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","birthDate":"1912-13-12"}""", "Patient.birthDate")]
    [InlineData("""{"resourceType":"Patient","birthDate":"2023-02-29"}""", "Patient.birthDate")]
    [InlineData("""{"resourceType":"Communication","status":"completed","sent":"2025-03-04T10:00:00"}""", "Communication.sent")]
    [InlineData("""{"resourceType":"Patient","gender":"okänd"}""", "Patient.gender")]
    [InlineData("""{"resourceType":"Patient","active":"true"}""", "Patient.active")]
    [InlineData("""{"resourceType":"Flag","status":"active","code":{"text":"x"}}""", "Flag.subject")]
    public void Parse_BadValueOrMissingElement_NamesTheElement(string body, string expression)
    {
        var parsed = FhirJson.Parse(body);

        Assert.False(parsed.IsSuccess);
        Assert.Contains(parsed.Issues, i => i.Expression.Contains(expression));
    }

    [Fact]
    public void Parse_DuplicateElement_IsAStructureIssue()
    {
        var parsed = FhirJson.Parse("""{"resourceType":"Patient","active":true,"active":false}""");

        Assert.False(parsed.IsSuccess);
        Assert.Contains(parsed.Issues, i => i.Code == OperationOutcome.IssueType.Structure && i.Diagnostics!.Contains("'active'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EmptyObject_IsRefused()
    {
        // The guardian block that blocked nobody: a reference with nothing in it is no FHIR element.
        var parsed = FhirJson.Parse("""{"resourceType":"Flag","status":"active","code":{"text":"x"},"subject":{}}""");

        Assert.False(parsed.IsSuccess);
        Assert.Contains(parsed.Issues, i => i.Expression.Contains("Flag.subject"));
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient",""")]
    [InlineData("""{"resourceType":"Patient","active":tru}""")]
    [InlineData("""{"resourceType":"Patient"} {}""")]
    [InlineData("""{"resourceType":"Patient", /* a comment */ "active":true}""")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"Patient\"")]
    [InlineData("")]
    public void Parse_NotOneJsonObject_IsOneStructureIssue(string body)
    {
        var parsed = FhirJson.Parse(body);

        Assert.Null(parsed.Resource);
        var issue = Assert.Single(parsed.Issues);
        Assert.Equal(OperationOutcome.IssueType.Structure, issue.Code);
        Assert.DoesNotContain("System.", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJson_SaysWhere()
    {
        var issue = Assert.Single(FhirJson.Parse("{\"resourceType\":\"Patient\",\n\"active\":tru}").Issues);

        Assert.Contains("line 2", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsRefusedNotThrown()
    {
        byte[] body = [.. "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\""u8, 0xC3, 0x28, .. "\"}]}"u8];

        var issue = Assert.Single(FhirJson.Parse(body).Issues);

        Assert.Equal(OperationOutcome.IssueType.Structure, issue.Code);
    }

    [Fact]
    public void Parse_NoResourceType_SaysSo()
    {
        var parsed = FhirJson.Parse("""{"id":"x","active":true}""");

        Assert.False(parsed.IsSuccess);
        Assert.Contains(parsed.Issues, i => i.Diagnostics!.Contains("resourceType", StringComparison.Ordinal));
    }

    [Fact]
    public void Deserialize_Refused_ThrowsFhirParseExceptionWithTheOutcome()
    {
        var exception = Assert.Throws<FhirParseException>(() => FhirJson.Deserialize<Patient>("""{"resourceType":"Patient","nickname":"Tolle"}"""));

        Assert.Equal("Patient.nickname", Assert.Single(Assert.Single(exception.Outcome.Issue).Expression));
    }

    [Fact]
    public void Deserialize_OtherResourceType_ThrowsNamingBoth()
    {
        var exception = Assert.Throws<FhirParseException>(() => FhirJson.Deserialize<Consent>(InboundJson.RegionalCommunication));

        Assert.Contains("Expected resourceType 'Consent' but the body has 'Communication'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task DeserializeAsync_Stream_ReadsTheResource()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(InboundJson.JournalConsentGuardianBlock));

        var consent = await FhirJson.DeserializeAsync<Consent>(stream);

        Assert.Equal("199006022397", consent.Provision!.Actor[0].Reference!.Identifier!.Value);
    }
}
