using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class CustomCaseTypeTests
{
    private static readonly CaseTypeSettings Travel = new()
    {
        Active = true,
        Title = "Resevaccination",
        CustomFields =
        [
            new CustomFieldDefinition("destination", "Vart ska du resa?", CustomFieldKind.Text, Required: true, MaxLength: 50),
            new CustomFieldDefinition("departure", "Avresedatum", CustomFieldKind.Date, Required: true),
            new CustomFieldDefinition("previousVaccines", "Tidigare vaccinationer", CustomFieldKind.Multiline),
            new CustomFieldDefinition("pregnant", "Är du gravid?", CustomFieldKind.Boolean),
            new CustomFieldDefinition("visit", "Önskad mottagning", CustomFieldKind.Choice, Choices: ["Norr", "Söder"]),
        ],
    };

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_FormFollowingTheClinicsSchema_Accepted()
    {
        var result = FormAssert.Validate(
            "custom-travel",
            """{"destination": "Thailand", "departure": "2025-06-01", "pregnant": false, "visit": "söder"}""",
            Travel);

        Assert.Equal(
            """{"destination":"Thailand","departure":"2025-06-01","pregnant":false,"visit":"Söder"}""",
            FormAssert.Valid(result));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_RequiredFieldsMissing_Required()
    {
        var result = FormAssert.Validate("custom-travel", "{}", Travel);

        Assert.Equal(2, result.Errors.Count);
        FormAssert.Fails(result, "destination", FieldErrorCodes.Required);
        FormAssert.Fails(result, "departure", FieldErrorCodes.Required);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_TextOverTheClinicsMaxLength_TooLong()
    {
        var result = FormAssert.Validate(
            "custom-travel", $$"""{"destination": "{{new string('x', 51)}}", "departure": "2025-06-01"}""", Travel);

        FormAssert.FailsOnlyWith(result, "destination", FieldErrorCodes.TooLong);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_FieldOutsideTheSchema_NotAllowed()
    {
        var result = FormAssert.Validate(
            "custom-travel", """{"destination": "Peru", "departure": "2025-06-01", "budget": "stor"}""", Travel);

        FormAssert.FailsOnlyWith(result, "budget", FieldErrorCodes.NotAllowed);
    }

    [Fact]
    public void Validate_ChoiceNotListed_Invalid()
    {
        var result = FormAssert.Validate(
            "custom-travel", """{"destination": "Peru", "departure": "2025-06-01", "visit": "Väster"}""", Travel);

        FormAssert.FailsOnlyWith(result, "visit", FieldErrorCodes.Invalid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void DisplayName_WithAndWithoutTitle_TitleOrNameFromId()
    {
        Assert.True(CaseTypeCatalog.TryGet("custom-travel-vaccine", out var caseType));

        Assert.Equal("Resevaccination", caseType.DisplayName(Travel));
        Assert.Equal("Travel vaccine", caseType.DisplayName(new CaseTypeSettings()));
        Assert.Equal("Resevaccination", caseType.Describe(Travel).Name);
        Assert.Equal(5, caseType.Describe(Travel).Fields.Count);
    }

    [Fact]
    [Trait("Rule", "CS1")]
    public void ValidateSettings_ActiveWithoutFields_Required()
    {
        Assert.True(CaseTypeCatalog.TryGet("custom-empty", out var caseType));

        var errors = caseType.ValidateSettings(new CaseTypeSettings { Active = true });

        var error = Assert.Single(errors);
        Assert.Equal(("settings.fields", FieldErrorCodes.Required), (error.Field, error.Code));
    }
}
