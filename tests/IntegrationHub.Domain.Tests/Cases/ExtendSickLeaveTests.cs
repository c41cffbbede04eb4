using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class ExtendSickLeaveTests
{
    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_ReasonAndDates_Accepted()
    {
        var result = FormAssert.Validate(
            "extend-sick-leave",
            """{"reason": "Väntar på höftledsoperation", "currentUntil": "2025-03-31", "requestedUntil": "2025-05-31", "occupation": "Snickare"}""");

        Assert.True(result.IsValid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_ReasonMissing_Required()
    {
        var result = FormAssert.Validate("extend-sick-leave", """{"requestedUntil": "2025-05-31"}""");

        FormAssert.FailsOnlyWith(result, "reason", FieldErrorCodes.Required);
    }

    [Fact]
    public void Validate_RequestedEndNotAfterCurrentEnd_Invalid()
    {
        var result = FormAssert.Validate(
            "extend-sick-leave", """{"reason": "R", "currentUntil": "2025-03-31", "requestedUntil": "2025-03-31"}""");

        FormAssert.FailsOnlyWith(result, "requestedUntil", FieldErrorCodes.Invalid);
    }
}
