using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class CancelRebookTests
{
    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_RebookWithWish_Accepted()
    {
        var result = FormAssert.Validate(
            "cancel-rebook", """{"action": "Rebook", "appointment": "Tisdag 4 mars 10.00", "wish": "Eftermiddag"}""");

        Assert.Equal(
            """{"action":"rebook","appointment":"Tisdag 4 mars 10.00","wish":"Eftermiddag"}""", FormAssert.Valid(result));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_NothingGiven_ActionAndAppointmentRequired()
    {
        var result = FormAssert.Validate("cancel-rebook", "{}");

        FormAssert.Fails(result, "action", FieldErrorCodes.Required);
        FormAssert.Fails(result, "appointment", FieldErrorCodes.Required);
    }

    [Fact]
    public void Validate_UnknownAction_Invalid()
    {
        var result = FormAssert.Validate("cancel-rebook", """{"action": "postpone", "appointment": "X"}""");

        FormAssert.FailsOnlyWith(result, "action", FieldErrorCodes.Invalid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_UnsuitableDaysNotShown_NotAllowed()
    {
        var result = FormAssert.Validate("cancel-rebook", """{"action": "rebook", "appointment": "X", "unsuitableDays": "fredag"}""");

        FormAssert.FailsOnlyWith(result, "unsuitableDays", FieldErrorCodes.NotAllowed);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_UnsuitableDaysShown_Accepted()
    {
        var result = FormAssert.Validate(
            "cancel-rebook",
            """{"action": "rebook", "appointment": "X", "unsuitableDays": "fredag"}""",
            new CaseTypeSettings { Active = true, ShowUnsuitableDays = true });

        Assert.True(result.IsValid);
    }
}
