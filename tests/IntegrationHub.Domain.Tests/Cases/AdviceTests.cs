using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class AdviceTests
{
    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_QuestionMissing_Required()
    {
        FormAssert.FailsOnlyWith(FormAssert.Validate("advice", "{}"), "question", FieldErrorCodes.Required);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_PreviousCaregiverWhenNotAllowed_NotAllowed()
    {
        var result = FormAssert.Validate("advice", """{"question": "Kost?", "previousCaregiver": "Dietisten"}""");

        FormAssert.FailsOnlyWith(result, "previousCaregiver", FieldErrorCodes.NotAllowed);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_PreviousCaregiverWhenAllowed_Accepted()
    {
        var result = FormAssert.Validate(
            "advice",
            """{"question": "Kost?", "previousCaregiver": "Dietisten"}""",
            new CaseTypeSettings { Active = true, AllowNamingPreviousCaregiver = true });

        Assert.Equal("""{"question":"Kost?","previousCaregiver":"Dietisten"}""", FormAssert.Valid(result));
    }
}
