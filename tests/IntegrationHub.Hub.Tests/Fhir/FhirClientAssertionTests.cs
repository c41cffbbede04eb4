using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Identity.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>
/// <c>POST /fhir/r4/auth/token</c>: a configured client exchanges a client assertion signed with its registered key for an
/// access token (SMART backend services), once: the same assertion again (the same jti) gets none, nor do another key,
/// another audience, a scope it was not given or an assertion without a jti.
/// </summary>
public sealed class FhirClientAssertionTests(ClientAssertionHubFixture fixture) : IClassFixture<ClientAssertionHubFixture>
{
    [Fact]
    public async Task Token_ForAnAssertionSignedWithTheRegisteredKey_ReadsPatients()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture);

        var (status, body) = await RequestTokenAsync(client, Assertion(fixture.ClientKey, TokenUrl()), "system/Patient.read");

        Assert.Equal(HttpStatusCode.OK, status);
        var token = body.GetProperty("access_token").GetString();
        Assert.Single(FhirApi.Entries(await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(personnummer)}", token)));
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Token_ForAnotherKeyAudienceOrScope_IsRefused()
    {
        var client = fixture.NewClient();
        using var stranger = SigningKey.Generate(fixture.ClientKey.KeyId);

        var (otherKey, _) = await RequestTokenAsync(client, Assertion(stranger, TokenUrl()), "system/Patient.read");
        var (otherAudience, _) = await RequestTokenAsync(client, Assertion(fixture.ClientKey, "https://elsewhere.example/token"), "system/Patient.read");
        var (notItsScope, _) = await RequestTokenAsync(client, Assertion(fixture.ClientKey, TokenUrl()), "system/Consent.write");

        Assert.Equal(HttpStatusCode.Unauthorized, otherKey);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAudience);
        Assert.Equal(HttpStatusCode.Unauthorized, notItsScope);
    }

    [Fact]
    public async Task Token_ForAReplayedAssertion_IsRefused()
    {
        var assertion = Assertion(fixture.ClientKey, TokenUrl());

        var (first, _) = await RequestTokenAsync(fixture.NewClient(), assertion, "system/Patient.read");
        var (again, body) = await RequestTokenAsync(fixture.NewClient(), assertion, "system/Patient.read");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.Unauthorized, again);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_ForAnAssertionWithoutJti_IsRefused()
    {
        var now = fixture.Clock.GetUtcNow();
        var payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = ClientAssertionHubFixture.ClientId,
            ["sub"] = ClientAssertionHubFixture.ClientId,
            ["aud"] = TokenUrl(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(2).ToUnixTimeSeconds(),
        });
        var withoutJti = new JsonWebTokenHandler().CreateToken(payload, fixture.ClientKey.SigningCredentials);

        var (status, _) = await RequestTokenAsync(fixture.NewClient(), withoutJti, "system/Patient.read");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private string TokenUrl() => new Uri(fixture.Hub.BaseAddress, FhirApi.Base + "/auth/token").ToString();

    private string Assertion(SigningKey key, string audience) =>
        key.CreateToken(ClientAssertionHubFixture.ClientId, audience, ClientAssertionHubFixture.ClientId, fixture.Clock.GetUtcNow(), TimeSpan.FromMinutes(2));

    private static async Task<(HttpStatusCode Status, JsonElement Body)> RequestTokenAsync(HubClient client, string assertion, string scope)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = scope,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
        });
        using var response = await client.Http.PostAsync(new Uri(FhirApi.Base + "/auth/token", UriKind.Relative), form);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
