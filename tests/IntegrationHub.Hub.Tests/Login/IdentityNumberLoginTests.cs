using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Login;

/// <summary>ID1: only a Swedish personnummer logs in; anything else is refused before the population registry is asked.</summary>
public sealed class IdentityNumberLoginTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    public static TheoryData<string, string> Malformed => new()
    {
        { "wrong check digit", WithWrongCheckDigit(TestPeople.Personnummer(new DateOnly(1990, 6, 2))) },
        { "10 digits", TestPeople.Personnummer(new DateOnly(1990, 6, 2))[2..] },
        { "letters", "19900602ABCD" },
        { "letter in the serial", "19900602239X" },
        { "30 February", WithCheckDigit("19900230239") },
        { "month 13", WithCheckDigit("19901302239") },
        { "day 32", WithCheckDigit("19900132239") },
        { "separator", "19900602-2397" },
        { "empty", string.Empty },
    };

    [Theory]
    [Trait("Rule", "ID1")]
    [MemberData(nameof(Malformed))]
    public async Task Login_MalformedPersonnummer_IsRefusedWithoutAskingTheRegistry(string what, string identityNumber)
    {
        using var client = fixture.NewClient();
        var assertion = await client.ResidentAssertionAsync(identityNumber);
        var registryCalls = fixture.Hub.Fleet.PopulationRegistry.RequestCount;

        using var response = await client.PostAssertionAsync(assertion);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_identity_number");
        Assert.True(registryCalls == fixture.Hub.Fleet.PopulationRegistry.RequestCount, $"{what}: the registry was asked");
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_Samordningsnummer_IsRefusedAsSamordningsnummerNotAccepted()
    {
        using var client = fixture.NewClient();
        var assertion = await client.ResidentAssertionAsync(TestPeople.Samordningsnummer(new DateOnly(1961, 9, 13)));
        var registryCalls = fixture.Hub.Fleet.PopulationRegistry.RequestCount;

        using var response = await client.PostAssertionAsync(assertion);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "samordningsnummer_not_accepted");
        Assert.Equal(registryCalls, fixture.Hub.Fleet.PopulationRegistry.RequestCount);
    }

    [Theory]
    [Trait("Rule", "ID1")]
    [InlineData("991234567890")]
    [InlineData("19900602-AB12")]
    [InlineData("19900602AB12")]
    [InlineData("19900602T123")]
    public async Task Login_Reservnummer_IsRefusedAsReservnummerNotAccepted(string reservnummer)
    {
        using var client = fixture.NewClient();
        var assertion = await client.ResidentAssertionAsync(reservnummer);
        var registryCalls = fixture.Hub.Fleet.PopulationRegistry.RequestCount;

        using var response = await client.PostAssertionAsync(assertion);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "reservnummer_not_accepted");
        Assert.Equal(registryCalls, fixture.Hub.Fleet.PopulationRegistry.RequestCount);
    }

    private static string WithWrongCheckDigit(string personnummer) =>
        personnummer[..11] + (char)('0' + ((personnummer[11] - '0' + 1) % 10));

    private static string WithCheckDigit(string elevenDigits) => elevenDigits + TestPeople.CheckDigit(elevenDigits[2..]);
}
