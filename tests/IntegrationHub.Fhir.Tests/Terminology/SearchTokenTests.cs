using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Tests.Terminology;

public sealed class SearchTokenTests
{
    [Theory]
    [InlineData("http://electronichealth.se/identifier/personnummer|191212121212")]
    [InlineData("urn:oid:1.2.752.129.2.1.3.1|191212121212")]
    public void TryParsePersonnummer_EitherSystemForm_ReadsTheNumber(string token)
    {
        Assert.True(SearchToken.TryParsePersonnummer(token, out var personnummer));
        Assert.Equal("191212121212", personnummer);
    }

    [Theory]
    [InlineData("191212121212")]
    [InlineData("|191212121212")]
    [InlineData("http://electronichealth.se/identifier/samordningsnummer|196109732393")]
    [InlineData("urn:oid:1.2.752.129.2.1.3.3|196109732393")]
    [InlineData("http://electronichealth.se/identifier/personnummer|19121212-1212")]
    [InlineData("http://electronichealth.se/identifier/personnummer|1912121212")]
    [InlineData("http://electronichealth.se/identifier/personnummer|")]
    [InlineData("http://electronichealth.se/identifier/personnummer|١٩١٢١٢١٢١٢١٢")]
    [InlineData("urn:oid:1.2.752.129.2.1.3.1.9|191212121212")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParsePersonnummer_OtherToken_ReturnsFalse(string? token) =>
        Assert.False(SearchToken.TryParsePersonnummer(token, out _));

    [Fact]
    public void TryParse_SystemAndValue_SplitsAtTheBar()
    {
        Assert.True(SearchToken.TryParse("urn:oid:1.2.752.29.4.19|SE2321000016-A1B2", out var token));
        Assert.Equal(new SearchToken("urn:oid:1.2.752.29.4.19", "SE2321000016-A1B2"), token);
        Assert.True(token.IsHsaId);
        Assert.False(token.IsPersonnummer);
    }

    [Fact]
    public void TryParse_ValueOnly_HasNoSystem()
    {
        Assert.True(SearchToken.TryParse("191212121212", out var token));
        Assert.Null(token.System);
        Assert.Equal("191212121212", token.Value);
    }

    [Fact]
    public void TryParse_LeadingBar_HasTheEmptySystem()
    {
        Assert.True(SearchToken.TryParse("|abc", out var token));
        Assert.Equal(string.Empty, token.System);
    }

    [Fact]
    public void TryParse_SystemOnly_HasEmptyValue()
    {
        Assert.True(SearchToken.TryParse("http://electronichealth.se/identifier/samordningsnummer|", out var token));
        Assert.True(token.IsSamordningsnummer);
        Assert.Equal(string.Empty, token.Value);
    }

    [Fact]
    public void TryParse_EscapedBar_IsPartOfTheValue()
    {
        Assert.True(SearchToken.TryParse(@"urn:x|a\|b\\c", out var token));
        Assert.Equal("urn:x", token.System);
        Assert.Equal(@"a|b\c", token.Value);
    }

    [Theory]
    [InlineData("|")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Empty_ReturnsFalse(string? text) => Assert.False(SearchToken.TryParse(text, out _));
}
