using System.Text;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Journal;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Tests.Examples;
using IntegrationHub.Fhir.Validation;

namespace IntegrationHub.Fhir.Tests.Validation;

/// <summary>
/// The one step of every incoming resource: strict reading, the R4 core profile (offline), the hub's rules; one
/// OperationOutcome with every issue once.
/// </summary>
public sealed class FhirResourceValidatorTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    private FhirResourceValidator Validator => fixture.Validator;

    [Theory]
    [MemberData(nameof(LayerExamples.Names), MemberType = typeof(LayerExamples))]
    public void Validate_WhatTheLayerWrites_ConformsToItsR4Profile(string name)
    {
        var json = FhirJson.Serialize(LayerExamples.All[name]());

        var issues = Validator.ValidateJson(json);

        Assert.True(issues.Count == 0, Describe(issues) + "\n" + json);
    }

    [Theory]
    [MemberData(nameof(InboundJson.Names), MemberType = typeof(InboundJson))]
    public void ReadIncoming_InboundBody_IsAccepted(string name)
    {
        Resource accepted = name.StartsWith("JournalConsent", StringComparison.Ordinal)
            ? Accepted(Validator.ReadIncoming<Consent>(Utf8(InboundJson.All[name]), JournalConsentMapping.Rules))
            : Accepted(Validator.ReadIncoming<Communication>(Utf8(InboundJson.All[name])));

        Assert.False(string.IsNullOrEmpty(accepted.TypeName));
    }

    [Theory]
    [InlineData("""{"resourceType":"Flag","status":"bogus","code":{"text":"x"},"subject":{"reference":"Patient/1"}}""", "Flag.status")]
    [InlineData("""{"resourceType":"Bundle","type":"searchset","entry":[{"resource":{"resourceType":"Flag","status":"active"}}]}""", "Bundle.entry[0].resource")]
    [InlineData("""{"resourceType":"Patient","birthDate":"igår"}""", null)]
    public void ValidateJson_WhatAClientWouldRefuse_IsAnError(string json, string? expression)
    {
        var issues = Validator.ValidateJson(json);

        Assert.Contains(issues, i => OperationOutcomes.IsError(i) && (expression is null || i.Expression.Any(e => e!.StartsWith(expression, StringComparison.Ordinal))));
    }

    [Fact]
    public void Validate_ConsentWithoutPolicy_FailsInvariantPpc1()
    {
        var consent = FhirJson.Deserialize<Consent>(InboundJson.JournalConsentGuardianBlock);
        consent.Policy = [];

        var issue = Assert.Single(Validator.Validate(consent));

        Assert.Equal(OperationOutcome.IssueType.Invariant, issue.Code);
        Assert.Contains("ppc-1", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadIncoming_OtherResourceType_IsOneInvalidIssue()
    {
        var intake = Validator.ReadIncoming<Consent>(Utf8(InboundJson.RegionalCommunication));

        var issue = Assert.Single(intake.Issues);
        Assert.False(intake.IsAccepted);
        Assert.Equal(OperationOutcome.IssueType.Invalid, issue.Code);
        Assert.Equal("Expected resourceType 'Consent' but the body has 'Communication'.", issue.Diagnostics);
    }

    [Theory]
    [InlineData("""{"resourceType":"Consent",""")]
    [InlineData("[]")]
    [InlineData("""{"id":"j-1"}""")]
    [InlineData("""{"resourceType":"Samtycke","status":"active"}""")]
    public void ReadIncoming_NoConsentAtAll_IsRefusedWithStructuralIssues(string body)
    {
        var intake = Validator.ReadIncoming<Consent>(Utf8(body), JournalConsentMapping.Rules);

        Assert.False(intake.IsAccepted);
        Assert.NotEmpty(intake.Issues);
        Assert.All(intake.Issues, i => Assert.True(OperationOutcomes.IsError(i)));
    }

    [Fact]
    public void ReadIncoming_ElementMissingToReaderAndProfile_IsOneIssue()
    {
        const string scope = """
            "scope": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy" } ] },
            """;
        var json = InboundJson.JournalConsentGuardianBlock.Replace(scope.Trim(), string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(InboundJson.JournalConsentGuardianBlock, json);

        var intake = Validator.ReadIncoming<Consent>(Utf8(json), JournalConsentMapping.Rules);

        var issue = Assert.Single(intake.Issues);
        Assert.Equal("Consent.scope", Assert.Single(issue.Expression));
    }

    [Fact]
    public void ReadIncoming_ProblemsOfReaderProfileAndHub_ListsEachOnce()
    {
        // Unknown element and a bad code (reader), no policy (profile: ppc-1), no identifier and a guardian named by
        // display only (the hub's rules): five problems, five issues.
        const string body = """
            {"resourceType":"Consent","status":"okänd","sealedBy":"x",
             "scope":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/consentscope","code":"patient-privacy"}]},
             "category":[{"coding":[{"system":"http://loinc.org","code":"59284-0"}]}],
             "patient":{"identifier":{"system":"urn:oid:1.2.752.129.2.1.3.1","value":"201503151233"}},
             "dateTime":"2026-03-02T09:00:00+01:00",
             "provision":{"type":"deny","actor":[{"role":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-RoleClass","code":"GUARD"}]},"reference":{"display":"Mamma"}}]}}
            """;

        var intake = Validator.ReadIncoming<Consent>(Utf8(body), JournalConsentMapping.Rules);

        Assert.False(intake.IsAccepted);
        var described = Describe(intake.Issues);
        Assert.Equal(5, intake.Issues.Count);
        Assert.Contains(intake.Issues, i => i.Expression.Contains("Consent.sealedBy") && i.Code == OperationOutcome.IssueType.Structure);
        Assert.Contains(intake.Issues, i => i.Expression.Contains("Consent.status"));
        Assert.Contains(intake.Issues, i => i.Code == OperationOutcome.IssueType.Invariant && i.Diagnostics!.Contains("ppc-1", StringComparison.Ordinal));
        Assert.Contains(intake.Issues, i => i.Expression.Contains("Consent.identifier"));
        Assert.Contains(intake.Issues, i => i.Expression.Contains("Consent.provision.actor[0].reference.identifier"));
        Assert.All(intake.Issues, i => Assert.False(string.IsNullOrEmpty(i.Diagnostics), described));
    }

    [Theory]
    [InlineData("""{"resourceType":"Communication","status":["completed"]}""")]
    [InlineData("""{"resourceType":"Communication","status":"completed","_status":{"extension":[{"url":1}]}}""")]
    [InlineData("""{"resourceType":"Communication","status":"completed","contained":[{}]}""")]
    [InlineData("""{"resourceType":"Communication","status":"completed","contained":[{"resourceType":"Communication","contained":[{"resourceType":"Patient"}]}]}""")]
    [InlineData("""{"resourceType":"Communication","status":"completed","contained":[{"resourceType":"Nonsense","x":1}]}""")]
    [InlineData("""{"resourceType":"Communication","status":"completed","payload":[{"contentQuantity":{"value":1e999}}]}""")]
    [InlineData("""{"resourceType":"Communication","status":"completed","payload":[{"contentString":"a","contentAttachment":{"data":"!!"}}]}""")]
    [InlineData("""{"resourceType":"Communication","id":true,"meta":{"lastUpdated":"x"},"text":{"status":"generated","div":"<script>"}}""")]
    [InlineData("""{"resourceType":"Communication","status":"completed","recipient":[[{"reference":"Patient/1"}]]}""")]
    [InlineData("""{"resourceType":"Communication","status":"completed","extension":[{"url":"http://x","valueReference":{"reference":"#nowhere"}}]}""")]
    public void ReadIncoming_OddBody_IsRefusedNeverThrown(string body)
    {
        var intake = Validator.ReadIncoming<Communication>(Utf8(body), c => []);

        Assert.False(intake.IsAccepted, body);
        Assert.Contains(intake.Issues, OperationOutcomes.IsError);
    }

    [Theory]
    [InlineData("\"identifier\": [", "\"identifier\": [ null,")]
    [InlineData("\"actor\": [", "\"actor\": [ null,")]
    public void ReadIncoming_NullWhereTheHubsRulesLook_IsRefusedNotThrown(string find, string replacement)
    {
        var json = InboundJson.JournalConsentGuardianBlock.Replace(find, replacement, StringComparison.Ordinal);
        Assert.NotEqual(InboundJson.JournalConsentGuardianBlock, json);

        var intake = Validator.ReadIncoming<Consent>(Utf8(json), JournalConsentMapping.Rules);

        Assert.False(intake.IsAccepted);
    }

    [Fact]
    public void ReadIncoming_NullInAnArray_IsRefusedNotThrown()
    {
        var json = InboundJson.RegionalCommunication.Replace("\"recipient\": [", "\"recipient\": [ null,", StringComparison.Ordinal);

        var intake = Validator.ReadIncoming<Communication>(Utf8(json));

        Assert.False(intake.IsAccepted);
        Assert.Contains(intake.Issues, i => i.Expression.Any(e => e!.StartsWith("Communication.recipient", StringComparison.Ordinal)));
    }

    [Fact]
    public void ReadIncoming_HubRuleFails_RefusedWithTheHubsIssueOnly()
    {
        var intake = Validator.ReadIncoming<Communication>(
            Utf8(InboundJson.RegionalCommunication),
            _ => [OperationOutcomes.ErrorIssue(OperationOutcome.IssueType.Value, "One recipient: the Patient.", "Communication.recipient")]);

        // The region's own extension is unknown here: a warning of the profile, listed but no reason to refuse.
        var issue = Assert.Single(intake.Issues, OperationOutcomes.IsError);
        Assert.False(intake.IsAccepted);
        Assert.Equal("Communication.recipient", Assert.Single(issue.Expression));
        Assert.Contains(intake.Issues, i => i.Severity == OperationOutcome.IssueSeverity.Warning && i.Expression.Contains("Communication.extension[0]"));
        Assert.Equal(intake.Issues, intake.ToOperationOutcome().Issue);
    }

    private static T Accepted<T>(FhirIntake<T> intake)
        where T : Resource
    {
        Assert.True(intake.IsAccepted, Describe(intake.Issues));
        return intake.Resource;
    }

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static string Describe(IEnumerable<OperationOutcome.IssueComponent> issues) =>
        string.Join("\n", issues.Select(i => $"{i.Severity} {i.Code} {string.Join(",", i.Expression)}: {i.Diagnostics}"));
}
