using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Identity.Jws;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>
/// <c>POST /fhir/r4/auth/token</c>: a configured client exchanges a client assertion signed with its registered key for an
/// access token (SMART backend services); another key, another audience or a scope it was not given gets none.
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

    private string TokenUrl() => new Uri(fixture.Hub.BaseAddress, FhirApi.Base + "/auth/token").ToString();

    private string Assertion(SigningKey key, string audience) =>
        new JwsSigner(key).Sign(JwtPayload.Create(ClientAssertionHubFixture.ClientId, audience, ClientAssertionHubFixture.ClientId, fixture.Clock.GetUtcNow(), TimeSpan.FromMinutes(2)));

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
