using System.Net;
using System.Text;
using System.Text.Json;
using IntegrationHub.Gateway.Tests.Hosting;
using IntegrationHub.Identity.Tokens;

namespace IntegrationHub.Gateway.Tests.HopOuts;

public sealed class HopOutForwardingTests
{
    [Fact]
    [Trait("Rule", "HO1")]
    [Trait("Rule", "SEC3")]
    public async Task Forward_AllowedRequest_CarriesAssertionVerifiableWithPublishedJwks()
    {
        await using var fixture = await GatewayFixture.StartAsync();

        var echo = await GetEchoAsync(fixture, new HttpRequestMessage(HttpMethod.Get, "/hop/journal/notes"));
        var jwks = await fixture.Client.GetStringAsync(new Uri("/.well-known/hub-jwks.json", UriKind.Relative));

        var keys = VerificationKeySet.FromJwks(jwks);
        var assertion = Header(echo, "X-Hub-Assertion");
        var valid = await Validator(keys, GatewayFixture.Now.AddSeconds(59)).ValidateAsync(assertion);
        Assert.True(valid.IsValid, valid.ToString());
        Assert.Equal("journal", Assert.Single(valid.Claims.Audiences));
        Assert.Equal(TestAuthorizer.Resident, valid.Claims.Subject);
        Assert.Null(valid.Claims.GetString("act"));
        Assert.False(string.IsNullOrEmpty(valid.Claims.JwtId));
        Assert.Equal(GatewayFixture.Now, valid.Claims.IssuedAt);
        Assert.Equal(GatewayFixture.Now.AddSeconds(60), valid.Claims.ExpiresAt);
        Assert.Equal(JwtValidationFailure.Expired, (await Validator(keys, GatewayFixture.Now.AddSeconds(61)).ValidateAsync(assertion)).Failure);
        Assert.Equal(JwtValidationFailure.WrongAudience, (await Validator(keys, GatewayFixture.Now, "medications").ValidateAsync(assertion)).Failure);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task Forward_ProxyMode_AssertsChildAsSubjectAndGuardianAsActor()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/hop/journal/");
        request.Headers.Add("X-Test-Decision", "proxy");

        var echo = await GetEchoAsync(fixture, request);

        var jwks = await fixture.Client.GetStringAsync(new Uri("/.well-known/hub-jwks.json", UriKind.Relative));
        var keys = VerificationKeySet.FromJwks(jwks);
        var claims = (await Validator(keys, GatewayFixture.Now).ValidateAsync(Header(echo, "X-Hub-Assertion"))).Claims!;
        Assert.Equal(TestAuthorizer.Child, claims.Subject);
        Assert.Equal(TestAuthorizer.Guardian, claims.GetString("act"));
    }

    [Fact]
    [Trait("Rule", "SEC3")]
    public async Task Forward_SpoofedHubAndForwardedHeaders_AreStrippedAndReplaced()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/hop/journal/x");
        request.Headers.Add("X-Hub-Assertion", "spoofed.assertion.value");
        request.Headers.Add("X-Hub-Acting-For", "200001052380");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("Forwarded", "for=203.0.113.7");

        var echo = await GetEchoAsync(fixture, request);

        Assert.DoesNotContain(fixture.Authorizer.LastSeenHeaders, h => h.StartsWith("X-Hub-", StringComparison.OrdinalIgnoreCase));
        Assert.NotEqual("spoofed.assertion.value", Header(echo, "X-Hub-Assertion"));
        Assert.Null(OptionalHeader(echo, "X-Hub-Acting-For"));
        Assert.Null(OptionalHeader(echo, "Forwarded"));
        Assert.Equal("127.0.0.1", Header(echo, "X-Forwarded-For"));
        Assert.Equal(fixture.Gateway.Address.Authority, Header(echo, "X-Forwarded-Host"));
        Assert.Equal("http", Header(echo, "X-Forwarded-Proto"));
    }

    [Fact]
    [Trait("Rule", "SEC3")]
    public async Task Forward_SessionCookie_IsNotForwarded()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/hop/journal/x");
        request.Headers.Add("Cookie", "hub-session=secret-session-id");

        var echo = await GetEchoAsync(fixture, request);

        Assert.Null(OptionalHeader(echo, "Cookie"));
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task Forward_PathAndQuery_PrefixRemovedQueryKept()
    {
        await using var fixture = await GatewayFixture.StartAsync();

        var echo = await GetEchoAsync(fixture, new HttpRequestMessage(HttpMethod.Get, "/hop/journal/a/b%20c?x=1&y=2"));

        Assert.Equal("/a/b c", echo.GetProperty("path").GetString());
        Assert.Equal("?x=1&y=2", echo.GetProperty("query").GetString());
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task Forward_PostWithBody_IsForwardedWithMethodAndBody()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/hop/journal/orders")
        {
            Content = new StringContent("{\"item\":42}", Encoding.UTF8, "application/json"),
        };

        var echo = await GetEchoAsync(fixture, request);

        Assert.Equal("POST", echo.GetProperty("method").GetString());
        Assert.Equal("/orders", echo.GetProperty("path").GetString());
        Assert.Equal("{\"item\":42}", echo.GetProperty("body").GetString());
        Assert.StartsWith("application/json", Header(echo, "Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task Forward_ServiceNameInOtherCase_UsesConfiguredNameAsAudience()
    {
        await using var fixture = await GatewayFixture.StartAsync();

        var echo = await GetEchoAsync(fixture, new HttpRequestMessage(HttpMethod.Get, "/hop/Journal/x"));

        var jwks = await fixture.Client.GetStringAsync(new Uri("/.well-known/hub-jwks.json", UriKind.Relative));
        var keys = VerificationKeySet.FromJwks(jwks);
        Assert.True((await Validator(keys, GatewayFixture.Now).ValidateAsync(Header(echo, "X-Hub-Assertion"))).IsValid);
        Assert.Equal("/x", echo.GetProperty("path").GetString());
    }

    [Fact]
    [Trait("Rule", "SEC2")]
    public async Task Forward_ServiceAnswerThatMayBeCached_ReachesTheBrowserAsNoStore()
    {
        await using var fixture = await GatewayFixture.StartAsync();

        using var response = await fixture.Client.GetAsync(new Uri("/hop/journal/notes", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Forward_HeaderOutsideAscii_IsRefusedAsInvalidRequestNotBadGateway()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 }) { BaseAddress = fixture.Gateway.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hop/journal/notes");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "nyckel-åäö");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_request", body.RootElement.GetProperty("code").GetString());
    }

    private static JwtValidator Validator(VerificationKeySet keys, DateTimeOffset now, string audience = "journal") =>
        new(new JwtValidationOptions { Issuer = GatewayFixture.Issuer, Audience = audience, ClockSkew = TimeSpan.Zero }, keys, new ManualClock(now));

    private static async Task<JsonElement> GetEchoAsync(GatewayFixture fixture, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await fixture.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return document.RootElement.Clone();
        }
    }

    private static string Header(JsonElement echo, string name) =>
        OptionalHeader(echo, name) ?? throw new Xunit.Sdk.XunitException($"The destination did not receive {name}.");

    private static string? OptionalHeader(JsonElement echo, string name) =>
        echo.GetProperty("headers").EnumerateObject()
            .Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value.GetString())
            .FirstOrDefault();
}
