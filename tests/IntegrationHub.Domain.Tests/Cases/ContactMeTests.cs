using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class ContactMeTests
{
    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_NothingGiven_Accepted()
    {
        Assert.Equal("{}", FormAssert.Valid(FormAssert.Validate("contact-me", "{}")));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_WhomWhyHow_Accepted()
    {
        var result = FormAssert.Validate(
            "contact-me", """{"whom": "Min läkare", "why": "Provsvar", "how": "Telefon efter 15"}""");

        Assert.Equal("""{"whom":"Min läkare","why":"Provsvar","how":"Telefon efter 15"}""", FormAssert.Valid(result));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_WhomLongerThanOneLine_TooLong()
    {
        var result = FormAssert.Validate("contact-me", $$"""{"whom": "{{new string('x', 201)}}"}""");

        FormAssert.FailsOnlyWith(result, "whom", FieldErrorCodes.TooLong);
    }
}
