using System.Text.Json;
using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class CaseTypeSettingsParserTests
{
    [Fact]
    [Trait("Rule", "CS1")]
    public void Parse_FlagsOnly_OtherSettingsOff()
    {
        var result = CaseTypeSettingsParser.Parse(
            "request-appointment", TestJson.Parse("""{"active": true, "attachmentsAllowed": true}"""));

        Assert.True(result.IsValid);
        Assert.Equal(
            new CaseTypeSettings { Active = true, AttachmentsAllowed = true }.ToString(),
            result.Settings!.ToString());
        Assert.False(result.Settings.ProxyAllowed);
        Assert.False(result.Settings.ShowUnsuitableDays);
    }

    [Fact]
    [Trait("Rule", "CS1")]
    public void Parse_TypeSpecificSettings_Read()
    {
        var result = CaseTypeSettingsParser.Parse(
            "ask-nurse",
            TestJson.Parse("""
                {"active": true, "proxyAllowed": true, "settings": {
                  "showUnsuitableDays": true, "allowExtraInformation": true, "allowNamingPreviousCaregiver": true,
                  "certificateKinds": [" Körkortsintyg "], "healthQuestions": ["fever", "pain", "medication"],
                  "futureOption": 17 }}
                """));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var settings = result.Settings!;
        Assert.True(settings.Active && settings.ProxyAllowed && settings.ShowUnsuitableDays);
        Assert.True(settings.AllowExtraInformation && settings.AllowNamingPreviousCaregiver);
        Assert.Equal(["Körkortsintyg"], settings.CertificateKinds);
        Assert.Equal(["fever", "pain", "medication"], settings.HealthQuestions);
    }

    [Fact]
    [Trait("Rule", "CS1")]
    public void Parse_UnknownCaseType_FailsOnCaseType()
    {
        var result = CaseTypeSettingsParser.Parse("order-pizza", TestJson.Parse("""{"active": true}"""));

        Assert.False(result.IsValid);
        Assert.Equal("caseType", Assert.Single(result.Errors).Field);
    }

    [Theory]
    [InlineData("""{"active": "yes"}""", "active")]
    [InlineData("""{"active": true, "settings": []}""", "settings")]
    [InlineData("""{"active": true, "settings": {"showUnsuitableDays": 1}}""", "settings.showUnsuitableDays")]
    [InlineData("""{"active": true, "settings": {"certificateKinds": "Körkortsintyg"}}""", "settings.certificateKinds")]
    [InlineData("""{"active": true, "settings": {"certificateKinds": [1]}}""", "settings.certificateKinds[0]")]
    public void Parse_WrongJsonType_Invalid(string body, string field)
    {
        var result = CaseTypeSettingsParser.Parse("request-certificate", TestJson.Parse(body));

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal((field, FieldErrorCodes.Invalid), (error.Field, error.Code));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Parse_HealthQuestionNotInTheCatalog_Invalid()
    {
        var result = CaseTypeSettingsParser.Parse(
            "ask-nurse", TestJson.Parse("""{"active": true, "settings": {"healthQuestions": ["fever", "shoeSize"]}}"""));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("settings.healthQuestions[1]", FieldErrorCodes.Invalid), (error.Field, error.Code));
    }

    [Fact]
    public void Parse_CertificateKindListedTwice_Invalid()
    {
        var result = CaseTypeSettingsParser.Parse(
            "request-certificate",
            TestJson.Parse("""{"active": true, "settings": {"certificateKinds": ["Körkortsintyg", "körkortsintyg", ""]}}"""));

        Assert.Equal(
            [("settings.certificateKinds[1]", "invalid"), ("settings.certificateKinds[2]", "required")],
            result.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Parse_CustomSchema_Read()
    {
        var result = CaseTypeSettingsParser.Parse(
            "custom-travel",
            TestJson.Parse("""
                {"active": true, "settings": {"title": "Resevaccination", "fields": [
                  {"id": "destination", "label": "Vart?", "kind": "text", "required": true, "maxLength": 50},
                  {"id": "visit", "label": "Mottagning", "kind": "choice", "choices": ["Norr", "Söder"]},
                  {"id": "departure", "label": "När?", "kind": "date"}
                ]}}
                """));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("Resevaccination", result.Settings!.Title);
        Assert.Equal(
            [
                ("destination", "Vart?", CustomFieldKind.Text, true, (int?)50, ""),
                ("visit", "Mottagning", CustomFieldKind.Choice, false, null, "Norr|Söder"),
                ("departure", "När?", CustomFieldKind.Date, false, null, ""),
            ],
            result.Settings.CustomFields.Select(f => (f.Id, f.Label, f.Kind, f.Required, f.MaxLength, string.Join("|", f.Choices ?? []))));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Parse_MalformedCustomSchema_EveryProblemReported()
    {
        var result = CaseTypeSettingsParser.Parse(
            "custom-travel",
            TestJson.Parse("""
                {"active": true, "settings": {"fields": [
                  {"id": "Destination", "label": "Vart?", "kind": "text"},
                  {"id": "visit", "label": "", "kind": "choice"},
                  {"id": "visit", "label": "Igen", "kind": "date", "maxLength": 10},
                  {"id": "file", "label": "Fil", "kind": "upload"},
                  {"id": "note", "label": "Not", "kind": "text", "maxLength": 5000, "choices": ["a"]}
                ]}}
                """));

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                ("settings.fields[3].kind", "invalid"),
            ],
            result.Errors.Select(e => (e.Field, e.Code)));

        var semantic = CaseTypeCatalog.TryGet("custom-travel", out var caseType)
            ? caseType.ValidateSettings(new CaseTypeSettings
            {
                Active = true,
                CustomFields =
                [
                    new CustomFieldDefinition("Destination", "Vart?", CustomFieldKind.Text),
                    new CustomFieldDefinition("visit", "", CustomFieldKind.Choice),
                    new CustomFieldDefinition("visit", "Igen", CustomFieldKind.Date, MaxLength: 10),
                    new CustomFieldDefinition("note", "Not", CustomFieldKind.Text, MaxLength: 5000, Choices: ["a"]),
                ],
            })
            : [];
        Assert.Equal(
            [
                ("settings.fields[0].id", "invalid"),
                ("settings.fields[1].label", "required"),
                ("settings.fields[1].choices", "required"),
                ("settings.fields[2].id", "invalid"),
                ("settings.fields[2].maxLength", "not_allowed"),
                ("settings.fields[3].maxLength", "invalid"),
                ("settings.fields[3].choices", "not_allowed"),
            ],
            semantic.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    [Trait("Rule", "CS1")]
    public void Settings_SerialisedWithWebDefaults_RoundTrip()
    {
        var settings = new CaseTypeSettings
        {
            Active = true,
            HealthQuestions = ["fever"],
            CustomFields = [new CustomFieldDefinition("visit", "Mottagning", CustomFieldKind.Choice, Choices: ["Norr"])],
        };
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(settings, options);
        var back = JsonSerializer.Deserialize<CaseTypeSettings>(json, options)!;

        Assert.Contains("\"kind\":\"choice\"", json, StringComparison.Ordinal);
        Assert.Contains("\"healthQuestions\":[\"fever\"]", json, StringComparison.Ordinal);
        Assert.Equal(settings.Active, back.Active);
        Assert.Equal(settings.HealthQuestions, back.HealthQuestions);
        Assert.Equal(CustomFieldKind.Choice, back.CustomFields[0].Kind);
        Assert.Equal(["Norr"], back.CustomFields[0].Choices!);
    }
}
