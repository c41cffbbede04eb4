using System.Text.Json;

namespace IntegrationHub.Identity.Tests;

public sealed class PersonnummerJsonConverterTests
{
    private sealed record Body(Personnummer Personnummer, Personnummer? Child);

    [Fact]
    public void Serialize_Record_WritesTheTwelveDigits()
    {
        var json = JsonSerializer.Serialize(new Body(Personnummer.Parse("191212121212"), null));
        Assert.Equal("""{"Personnummer":"191212121212","Child":null}""", json);
    }

    [Fact]
    public void Deserialize_TwelveDigits_RoundTrips()
    {
        var body = JsonSerializer.Deserialize<Body>("""{"Personnummer":"199006022397","Child":"200001052380"}""")!;
        Assert.Equal("199006022397", body.Personnummer.Value);
        Assert.Equal("200001052380", body.Child!.Value.Value);
    }

    [Fact]
    public void Deserialize_Samordningsnummer_RoundTripsWithItsKind()
    {
        var body = JsonSerializer.Deserialize<Body>("""{"Personnummer":"196109732393"}""")!;
        Assert.Equal(IdentityNumberKind.Samordningsnummer, body.Personnummer.Kind);
        Assert.Contains("196109732393", JsonSerializer.Serialize(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Personnummer":"191212121213"}""")]
    [InlineData("""{"Personnummer":"19121212-1212"}""")]
    [InlineData("""{"Personnummer":191212121212}""")]
    [InlineData("""{"Personnummer":"991212121212"}""")]
    public void Deserialize_NotAPersonnummer_ThrowsWithoutTheInput(string json)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Body>(json));
        Assert.DoesNotContain("1212121", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Default_Throws()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Personnummer)));
    }

    [Fact]
    public void Dictionary_KeyedByPersonnummer_RoundTrips()
    {
        var map = new Dictionary<Personnummer, int> { [Personnummer.Parse("191212121212")] = 1 };
        var json = JsonSerializer.Serialize(map);
        Assert.Equal("""{"191212121212":1}""", json);
        Assert.Equal(1, JsonSerializer.Deserialize<Dictionary<Personnummer, int>>(json)![Personnummer.Parse("191212121212")]);
    }
}
