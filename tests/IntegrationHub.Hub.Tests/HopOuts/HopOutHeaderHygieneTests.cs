using System.Net;
using IntegrationHub.Gateway.Sessions.Cookies;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.HopOuts;

/// <summary>
/// What a client sends cannot pose as the hub: inbound <c>X-Hub-*</c> and forwarding headers never reach a hop-out service
/// as sent, and neither does the session cookie (the echo service answers with the headers it received).
/// </summary>
public sealed class HopOutHeaderHygieneTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    private const string ForgedAssertion = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxOTEyMTIxMjEyMTIifQ.";

    [Fact]
    [Trait("Rule", "HO2")]
    public async Task HopOut_SpoofedHubHeaders_AreNotForwardedAsSent()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);

        using var response = await client.SendWithHeadersAsync(
            HttpMethod.Get,
            "/hop/journal/records",
            ("X-Hub-Assertion", ForgedAssertion),
            ("x-hub-assertion", ForgedAssertion),
            ("X-Hub-Anything", "spoofed"),
            ("X-HUB-ACTING-FOR", "191212121212"));

        var headers = await HubClientExtensions.EchoedHeadersAsync(response);
        var assertion = headers["X-Hub-Assertion"];
        Assert.DoesNotContain(ForgedAssertion, assertion, StringComparison.Ordinal);
        Assert.Equal(personnummer, CompactJws.Payload(assertion)["sub"]!.GetValue<string>());
        var hubHeader = Assert.Single(headers.Keys, k => k.StartsWith("X-Hub-", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("X-Hub-Assertion", hubHeader, ignoreCase: true);
        Assert.DoesNotContain(headers.Values, v => v.Contains("spoofed", StringComparison.Ordinal) || v.Contains("191212121212", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "HO2")]
    public async Task HopOut_SpoofedForwardingHeaders_AreReplacedByTheRealConnection()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        using var response = await client.SendWithHeadersAsync(
            HttpMethod.Get,
            "/hop/samples/",
            ("X-Forwarded-For", "203.0.113.7"),
            ("X-Forwarded-Host", "evil.example"),
            ("X-Forwarded-Proto", "https"),
            ("X-Forwarded-Prefix", "/evil"),
            ("Forwarded", "for=203.0.113.7;host=evil.example;proto=https"));

        var headers = await HubClientExtensions.EchoedHeadersAsync(response);
        Assert.DoesNotContain(headers.Values, v => v.Contains("203.0.113.7", StringComparison.Ordinal) || v.Contains("evil", StringComparison.Ordinal));
        Assert.False(headers.ContainsKey("Forwarded"));
        Assert.False(headers.ContainsKey("X-Forwarded-Prefix"));
        Assert.Equal("127.0.0.1", headers["X-Forwarded-For"]);
        Assert.Equal("http", headers["X-Forwarded-Proto"]);
    }

    [Fact]
    [Trait("Rule", "HO2")]
    public async Task HopOut_CookieHeader_IsNotForwarded()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);
        var token = client.SessionToken(fixture)!;
        client.Cookies.Add(fixture.Hub.BaseAddress, new Cookie("other", "value", "/"));

        using var response = await client.HopAsync("support", "page");

        var headers = await HubClientExtensions.EchoedHeadersAsync(response);
        Assert.False(headers.ContainsKey("Cookie"));
        Assert.DoesNotContain(headers.Values, v => v.Contains(token, StringComparison.Ordinal) || v.Contains(SessionCookie.Name, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "HO2")]
    public async Task Api_SpoofedHubHeaders_DoNotChangeWhoIsLoggedIn()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        using var response = await client.SendWithHeadersAsync(HttpMethod.Get, "/api/me", ("X-Hub-Assertion", ForgedAssertion), ("X-Hub-Subject", "191212121212"));

        var me = await ProblemAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("Test Testsson", me.GetProperty("name").GetString());
        Assert.Equal(40, me.GetProperty("age").GetInt32());
    }

    [Fact]
    [Trait("Rule", "HO2")]
    public async Task HopOut_SpoofedHubHeadersWithoutSession_IsRefusedWith401()
    {
        using var client = fixture.NewClient();

        using var response = await client.SendWithHeadersAsync(HttpMethod.Get, "/hop/journal/records", ("X-Hub-Assertion", ForgedAssertion));

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }
}
