using System.Text.Json;

namespace IntegrationHub.Identity.Tests;

public sealed class HsaIdTests
{
    [Theory]
    [Trait("Rule", "ID6")]
    [InlineData("SE2321000016-1234", "SE2321000016-1234", "2321000016")]
    [InlineData("SE2321000016-15CQ", "SE2321000016-15CQ", "2321000016")]
    [InlineData("se2321000016-7p9n", "SE2321000016-7P9N", "2321000016")]
    [InlineData("  SE2321000016-A  ", "SE2321000016-A", "2321000016")]
    [InlineData("SE165565594230-ABC1", "SE165565594230-ABC1", "165565594230")]
    [InlineData("SE2321000016-1234567890123456789012345678901", "SE2321000016-1234567890123456789012345678901", "2321000016")]
    public void TryParse_ValidHsaId_IsNormalised(string input, string expected, string organisationNumber)
    {
        Assert.True(HsaId.TryParse(input, out var id));
        Assert.Equal(expected, id.Value);
        Assert.Equal(expected, id.ToString());
        Assert.Equal(organisationNumber, id.OrganisationNumber);
    }

    [Theory]
    [Trait("Rule", "ID6")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SE2321000016")] // no suffix
    [InlineData("SE2321000016-")] // empty suffix
    [InlineData("2321000016-1234")] // no country
    [InlineData("NO2321000016-1234")] // not SE
    [InlineData("SE232100001-1234")] // 9 digits
    [InlineData("SE23210000166-1234")] // 11 digits
    [InlineData("SE232100001X-1234")]
    [InlineData("SE2321000016_1234")]
    [InlineData("SE2321000016-12 34")]
    [InlineData("SE2321000016-12-34")]
    [InlineData("SE2321000016-ÅÄÖ1")]
    [InlineData("SE2321000016-12345678901234567890123456789012")] // 32 characters
    public void TryParse_NotAnHsaId_IsRefused(string? input)
    {
        Assert.False(HsaId.TryParse(input, out var id));
        Assert.True(id.IsEmpty);
    }

    [Fact]
    public void Equality_DifferentCase_IsEqual()
    {
        Assert.Equal(HsaId.Parse("se2321000016-abc"), HsaId.Parse("SE2321000016-ABC"));
    }

    [Fact]
    public void Json_HsaId_RoundTripsAsString()
    {
        var json = JsonSerializer.Serialize(HsaId.Parse("SE2321000016-1234"));
        Assert.Equal("\"SE2321000016-1234\"", json);
        Assert.Equal(HsaId.Parse("SE2321000016-1234"), JsonSerializer.Deserialize<HsaId>(json));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HsaId>("\"SE1-1\""));
    }

    [Fact]
    public void Parse_Invalid_Throws()
    {
        Assert.Throws<FormatException>(() => HsaId.Parse("nope"));
    }
}
