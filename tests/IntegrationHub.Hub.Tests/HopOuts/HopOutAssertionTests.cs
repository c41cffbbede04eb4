using System.Net;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Identity.Tokens;
using IntegrationHub.LocalHub.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Hub.Tests.HopOuts;

/// <summary>
/// HO1: a logged-in resident reaches a hop-out service without a new login; the service learns who it is from the
/// gateway's signed <c>X-Hub-Assertion</c> (60 s, audience = the service), verifiable with the published JWKS.
/// </summary>
public sealed class HopOutAssertionTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Theory]
    [Trait("Rule", "HO1")]
    [InlineData("journal")]
    [InlineData("medications")]
    [InlineData("samples")]
    [InlineData("support")]
    public async Task HopOut_LoggedInResident_ForwardsAnAssertionVerifiableWithTheHubJwks(string service)
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);

        using var response = await client.HopAsync(service, "some/page?x=1");

        var headers = await HubClientExtensions.EchoedHeadersAsync(response);
        var assertion = headers["X-Hub-Assertion"];
        var keys = await HubKeysAsync(client);
        var result = await Validator(keys, service, fixture.Clock).ValidateAsync(assertion);
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(personnummer, result.Claims!.Subject);
        Assert.Equal(service, Assert.Single(result.Claims.Audiences));
        Assert.Equal(TimeSpan.FromSeconds(60), result.Claims.ExpiresAt - result.Claims.IssuedAt);
        Assert.Equal(fixture.Clock.GetUtcNow().AddSeconds(60).ToUnixTimeSeconds(), result.Claims.ExpiresAt.ToUnixTimeSeconds());
        Assert.False(string.IsNullOrEmpty(result.Claims.JwtId));
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task HopOut_Assertion_IsNotValidForAnotherServiceOrAfterItsLifetime()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);
        using var response = await client.HopAsync("samples");
        var assertion = (await HubClientExtensions.EchoedHeadersAsync(response))["X-Hub-Assertion"];
        var keys = await HubKeysAsync(client);

        var forOtherService = await Validator(keys, "journal", fixture.Clock).ValidateAsync(assertion);
        var later = await Validator(keys, "samples", new SimulatedClock(fixture.Clock.GetUtcNow().AddMinutes(2), freeze: true)).ValidateAsync(assertion);

        Assert.False(forOtherService.IsValid);
        Assert.False(later.IsValid);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task HopOut_TwoRequestsWithinHalfTheLifetime_CarryTheSameAssertion()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        var first = await AssertionAsync(client, "support");
        await client.AdvanceClockAsync(fixture, TimeSpan.FromSeconds(29));
        var second = await AssertionAsync(client, "support");

        Assert.Equal(first, second);
        var keys = await HubKeysAsync(client);
        var stillValid = new SimulatedClock(fixture.Clock.GetUtcNow().AddSeconds(30), freeze: true);
        Assert.True((await Validator(keys, "support", stillValid).ValidateAsync(second)).IsValid);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task HopOut_PastHalfTheLifetime_CarriesAFreshAssertion()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        var first = await AssertionAsync(client, "support");
        await client.AdvanceClockAsync(fixture, TimeSpan.FromSeconds(30));
        var second = await AssertionAsync(client, "support");

        Assert.NotEqual(Jti(first), Jti(second));
        Assert.Equal(fixture.Clock.GetUtcNow().ToUnixTimeSeconds(), CompactJws.Payload(second)["iat"]!.GetValue<long>());
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task HopOut_OtherServiceOrOtherSessionOfThePerson_CarriesItsOwnAssertion()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        using var secondBrowser = fixture.NewClient();
        await secondBrowser.LoggedInResidentAsync(personnummer);

        var support = await AssertionAsync(client, "support");
        var samples = await AssertionAsync(client, "samples");
        var otherSession = await AssertionAsync(secondBrowser, "support");

        Assert.Equal("support", CompactJws.Payload(support)["aud"]!.GetValue<string>());
        Assert.Equal("samples", CompactJws.Payload(samples)["aud"]!.GetValue<string>());
        Assert.NotEqual(Jti(support), Jti(otherSession));
    }

    [Fact]
    [Trait("Rule", "HO2")]
    public async Task HopOut_WithoutSession_IsRefusedWith401()
    {
        using var client = fixture.NewClient();

        using var response = await client.HopAsync("journal", "records");

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    [Trait("Rule", "HO2")]
    public async Task HopOut_ForgedSessionCookie_IsRefusedWith401()
    {
        using var client = fixture.NewClient();
        client.RestoreSessionToken(fixture, "forged-token-that-no-session-has");

        using var response = await client.HopAsync("journal");

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Theory]
    [Trait("Rule", "HO1")]
    [InlineData("unknown")]
    [InlineData("journals")]
    public async Task HopOut_UnknownService_IsRefusedAsUnknownService(string service)
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        using var response = await client.HopAsync(service, "x");

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.NotFound, "unknown_service");
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task Jwks_PublishesOnlyPublicKeys()
    {
        using var client = fixture.NewClient();

        var jwks = await client.GetJsonAsync("/.well-known/hub-jwks.json");

        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal("EC", key.GetProperty("kty").GetString());
        Assert.False(key.TryGetProperty("d", out _));
    }

    private static async Task<string> AssertionAsync(HubClient client, string service)
    {
        using var response = await client.HopAsync(service);
        return (await HubClientExtensions.EchoedHeadersAsync(response))["X-Hub-Assertion"];
    }

    private static string Jti(string assertion) => CompactJws.Payload(assertion)["jti"]!.GetValue<string>();

    private static async Task<VerificationKeySet> HubKeysAsync(HubClient client)
    {
        using var response = await client.GetAsync("/.well-known/hub-jwks.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return VerificationKeySet.FromJwks(await response.Content.ReadAsStringAsync());
    }

    private JwtValidator Validator(VerificationKeySet keys, string audience, TimeProvider clock)
    {
        var issuer = fixture.Hub.App.Services.GetRequiredService<IOptions<HubGatewayOptions>>().Value.Issuer;
        return new JwtValidator(new JwtValidationOptions { Issuer = issuer, Audience = audience }, keys, clock);
    }
}
