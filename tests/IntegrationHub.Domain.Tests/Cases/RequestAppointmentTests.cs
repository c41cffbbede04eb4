using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class RequestAppointmentTests
{
    private static readonly CaseTypeSettings Shown = new() { Active = true, ShowUnsuitableDays = true };

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_ContactReasonMissing_Required()
    {
        var result = FormAssert.Validate("request-appointment", "{}");

        FormAssert.FailsOnlyWith(result, "contactReason", FieldErrorCodes.Required);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_ContactReasonGiven_Accepted()
    {
        var result = FormAssert.Validate("request-appointment", """{"contactReason": " Ont i knät "}""");

        Assert.Equal("""{"contactReason":"Ont i knät"}""", FormAssert.Valid(result));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_UnsuitableDaysWhenClinicDoesNotShowIt_NotAllowed()
    {
        var result = FormAssert.Validate("request-appointment", """{"contactReason": "Kontroll", "unsuitableDays": "måndagar"}""");

        FormAssert.FailsOnlyWith(result, "unsuitableDays", FieldErrorCodes.NotAllowed);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_UnsuitableDaysAsTextWhenShown_Accepted()
    {
        var result = FormAssert.Validate("request-appointment", """{"contactReason": "Kontroll", "unsuitableDays": "måndagar"}""", Shown);

        Assert.Equal("""{"contactReason":"Kontroll","unsuitableDays":"måndagar"}""", FormAssert.Valid(result));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_UnsuitableDaysAsListWhenShown_Accepted()
    {
        var result = FormAssert.Validate(
            "request-appointment", """{"contactReason": "Kontroll", "unsuitableDays": ["monday", " 2025-03-04 ", ""]}""", Shown);

        Assert.Equal("""{"contactReason":"Kontroll","unsuitableDays":["monday","2025-03-04"]}""", FormAssert.Valid(result));
    }

    [Fact]
    public void Validate_UnsuitableDaysListOfNumbers_Invalid()
    {
        var result = FormAssert.Validate("request-appointment", """{"contactReason": "K", "unsuitableDays": [1]}""", Shown);

        FormAssert.FailsOnlyWith(result, "unsuitableDays[0]", FieldErrorCodes.Invalid);
    }

    [Fact]
    public void Validate_UnsuitableDaysNullWhenNotShown_Accepted()
    {
        var result = FormAssert.Validate("request-appointment", """{"contactReason": "K", "unsuitableDays": null}""");

        Assert.True(result.IsValid);
    }
}
