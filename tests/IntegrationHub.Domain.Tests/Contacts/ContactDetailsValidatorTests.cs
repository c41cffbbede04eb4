using IntegrationHub.Domain.Contacts;

namespace IntegrationHub.Domain.Tests.Contacts;

public sealed class ContactDetailsValidatorTests
{
    [Theory]
    [Trait("Api", "invalid_contact")]
    [InlineData("070-123 45 67")]
    [InlineData("0701234567")]
    [InlineData("070 123 45 67")]
    [InlineData("070-1234567")]
    [InlineData("+46701234567")]
    [InlineData("+46 70 123 45 67")]
    [InlineData("+46 (0)70-123 45 67")]
    [InlineData("+460701234567")]
    [InlineData("0046701234567")]
    [InlineData("46701234567")]
    [InlineData(" 070.123.45.67 ")]
    [InlineData("070\u00A0123\u00A045\u00A067")]
    public void TryNormalise_SwedishMobileInUsualForms_E164(string input)
    {
        Assert.True(SwedishMobileNumber.TryNormalise(input, out var e164));
        Assert.Equal("+46701234567", e164);
    }

    [Theory]
    [Trait("Api", "invalid_contact")]
    [InlineData("0721234567", "+46721234567")]
    [InlineData("073-987 65 43", "+46739876543")]
    [InlineData("076 000 00 00", "+46760000000")]
    [InlineData("+46 79 111 22 33", "+46791112233")]
    public void TryNormalise_EachMobileSeries_E164(string input, string expected)
    {
        Assert.True(SwedishMobileNumber.TryNormalise(input, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [Trait("Api", "invalid_contact")]
    [InlineData("08-123 456 78")]
    [InlineData("031-123 45 67")]
    [InlineData("+4770123456")]
    [InlineData("+4512345678")]
    [InlineData("070123456")]
    [InlineData("07012345678")]
    [InlineData("0771-25 10 10")]
    [InlineData("075-123 45 67")]
    [InlineData("070-123 45 6x")]
    [InlineData("+46+701234567")]
    [InlineData("tel:0701234567")]
    [InlineData("")]
    [InlineData(null)]
    public void TryNormalise_NotASwedishMobile_False(string? input)
    {
        Assert.False(SwedishMobileNumber.TryNormalise(input, out _));
    }

    [Theory]
    [Trait("Api", "invalid_contact")]
    [InlineData("anna.andersson@example.se", "anna.andersson@example.se")]
    [InlineData("  Anna.Andersson+1177@Region.Stockholm.SE ", "Anna.Andersson+1177@region.stockholm.se")]
    [InlineData("o'brien@exempel.nu", "o'brien@exempel.nu")]
    [InlineData("kalle@räksmörgås.se", "kalle@räksmörgås.se")]
    public void TryNormalise_Email_DomainLowercased(string input, string expected)
    {
        Assert.True(EmailAddress.TryNormalise(input, out var address));
        Assert.Equal(expected, address);
    }

    [Theory]
    [Trait("Api", "invalid_contact")]
    [InlineData("anna")]
    [InlineData("anna@")]
    [InlineData("@example.se")]
    [InlineData("anna@@example.se")]
    [InlineData("anna@example")]
    [InlineData("anna@example.s")]
    [InlineData("anna@-example.se")]
    [InlineData("anna@example..se")]
    [InlineData(".anna@example.se")]
    [InlineData("an..na@example.se")]
    [InlineData("an na@example.se")]
    [InlineData("anna@exa mple.se")]
    [InlineData("\"anna\"@example.se")]
    [InlineData("anna@example.se\r\nBcc: x@y.se")]
    [InlineData("anna@127.0.0.1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryNormalise_NotAnEmail_False(string? input)
    {
        Assert.False(EmailAddress.TryNormalise(input, out _));
    }

    [Fact]
    [Trait("Api", "invalid_contact")]
    public void Validate_BothGiven_Normalised()
    {
        var result = ContactDetailsValidator.Validate("070-123 45 67", "Anna@Example.SE");

        Assert.True(result.IsValid);
        Assert.Equal(new ContactDetails("+46701234567", "Anna@example.se"), result.Details);
    }

    [Fact]
    [Trait("Api", "invalid_contact")]
    public void Validate_BlankOrMissing_ValidWithoutContacts()
    {
        var result = ContactDetailsValidator.Validate(null, "  ");

        Assert.Equal(new ContactDetails(null, null), result.Details);
    }

    [Fact]
    [Trait("Api", "invalid_contact")]
    public void Validate_BadMobileAndEmail_InvalidContactNamingBoth()
    {
        var result = ContactDetailsValidator.Validate("08-123 456 78", "anna@");

        Assert.False(result.IsValid);
        Assert.Equal("invalid_contact", result.ErrorCode);
        Assert.Equal(["mobile", "email"], result.InvalidFields);
    }
}
