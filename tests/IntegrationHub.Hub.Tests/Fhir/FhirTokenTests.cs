using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Identity.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>
/// Client authentication of <c>/fhir/r4</c> (API.md): 401 without a valid token of a registered client (none, expired,
/// another client's or another issuer's, tampered), 403 when its scopes do not allow the interaction, 406 for a format
/// the hub does not serve; every refusal an OperationOutcome.
/// </summary>
public sealed class FhirTokenTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    private static readonly DateTimeOffset Recorded = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Search_WithoutToken_Is401()
    {
        var fhir = new FhirApi(fixture.NewClient());

        var (status, body, response) = await fhir.SendAsync(HttpMethod.Get, $"/Patient?identifier={FhirApi.Identifier("191212121212")}", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.First().Scheme);
        FhirApi.AssertOutcome(body, "login");
        response.Dispose();
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Consent_WithAScopeThatDoesNotAllowTheWrite_Is403()
    {
        var fhir = new FhirApi(fixture.NewClient());
        var token = await fhir.TokenAsync("journal", "system/Consent.read", "system/Patient.read");

        var outcome = await fhir.PostAsync("/Consent", token, JournalConsents.Seal("191212121212", JournalConsents.NewId(), Recorded), HttpStatusCode.Forbidden);

        FhirApi.AssertOutcome(outcome, "forbidden");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Search_WithAScopeForAnotherResource_Is403()
    {
        var fhir = new FhirApi(fixture.NewClient());
        var token = await fhir.TokenAsync("region-01", "system/Flag.read");

        FhirApi.AssertOutcome(await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier("191212121212")}", token, HttpStatusCode.Forbidden), "forbidden");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Token_Expired_Is401()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var token = await fhir.TokenAsync("region-01", "system/Patient.read");

        await client.AdvanceClockAsync(fixture, TimeSpan.FromMinutes(6));

        FhirApi.AssertOutcome(await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier("191212121212")}", token, HttpStatusCode.Unauthorized), "login");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Token_OfAnotherClientRewrittenForThisOne_Is401()
    {
        var fhir = new FhirApi(fixture.NewClient());
        await fhir.TokenAsync("journal", "system/Consent.write");
        var regional = await fhir.TokenAsync("region-01", "system/Consent.read");
        var forged = CompactJws.WithPayload(regional, p =>
        {
            p["sub"] = "journal";
            p["client_id"] = "journal";
            p["scope"] = "system/Consent.write";
        });

        var outcome = await fhir.PostAsync("/Consent", forged, JournalConsents.Seal("191212121212", JournalConsents.NewId(), Recorded), HttpStatusCode.Unauthorized);

        FhirApi.AssertOutcome(outcome, "login");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Token_SignedByAnotherKeyOrIssuer_Is401()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var genuine = await fhir.TokenAsync("region-01", "system/Patient.read");
        using var key = SigningKey.Generate(CompactJws.Header(genuine)["kid"]!.GetValue<string>());
        var selfSigned = new JsonWebTokenHandler().CreateToken(CompactJws.Payload(genuine).ToJsonString(), key.SigningCredentials);
        var residentAssertion = await client.ResidentAssertionAsync("191212121212");
        var path = $"/Patient?identifier={FhirApi.Identifier("191212121212")}";

        FhirApi.AssertOutcome(await fhir.GetAsync(path, selfSigned, HttpStatusCode.Unauthorized), "login");
        FhirApi.AssertOutcome(await fhir.GetAsync(path, residentAssertion, HttpStatusCode.Unauthorized), "login");
        FhirApi.AssertOutcome(await fhir.GetAsync(path, "not-a-token", HttpStatusCode.Unauthorized), "login");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task AuthenticationSchemes_NoneIsADefault_SoTheFhirBearerSchemeRunsOnlyWhereAPolicyNamesIt()
    {
        var schemes = fixture.Hub.App.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.NotEmpty(await schemes.GetAllSchemesAsync());
        Assert.Null(await schemes.GetDefaultAuthenticateSchemeAsync());
        Assert.Null(await schemes.GetDefaultChallengeSchemeAsync());
        Assert.Null(await schemes.GetDefaultForbidSchemeAsync());
    }

    [Fact]
    public async Task Endpoints_UnderFhir_EachRequireAScopePolicyOfTheBearerScheme_ButMetadataAndTheTokenEndpoint()
    {
        var policies = fixture.Hub.App.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var endpoints = fixture.Hub.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(FhirApi.Base, StringComparison.Ordinal) == true)
            .ToList();

        var open = endpoints.Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0).Select(e => e.RoutePattern.RawText).Order(StringComparer.Ordinal);
        Assert.Equal([FhirApi.Base + "/auth/token", FhirApi.Base + "/metadata", FhirApi.Base + "/{**rest}"], open);
        var guarded = endpoints.Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0).ToList();
        Assert.True(guarded.Count >= 10, $"{guarded.Count} guarded endpoints");
        foreach (var endpoint in guarded)
        {
            var name = Assert.Single(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()).Policy!;
            var policy = await policies.GetPolicyAsync(name);
            Assert.True(policy is not null, $"{endpoint.DisplayName}: no policy {name}");
            Assert.StartsWith("system/", name, StringComparison.Ordinal);
            Assert.Equal(["FhirBearer"], policy.AuthenticationSchemes);
        }
    }

    [Fact]
    public async Task Api_WithAFhirAccessTokenAndNoSession_IsTheSessionGates401()
    {
        var client = fixture.NewClient();
        var token = await new FhirApi(client).TokenAsync("region-01", "system/Patient.read");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/me", UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var response = await client.Http.SendAsync(request);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Empty(response.Headers.WwwAuthenticate);
    }

    [Theory]
    [InlineData("application/fhir+xml", null)]
    [InlineData("text/html", null)]
    [InlineData(null, "xml")]
    public async Task Metadata_InAFormatNotServed_Is406(string? accept, string? format)
    {
        var fhir = new FhirApi(fixture.NewClient());

        var (status, body, response) = await fhir.SendAsync(HttpMethod.Get, format is null ? "/metadata" : $"/metadata?_format={format}", token: null, accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, status);
        FhirApi.AssertOutcome(body, "not-supported");
        response.Dispose();
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Metadata_AskedForAsJsonOrFhirJson_Is200()
    {
        var fhir = new FhirApi(fixture.NewClient());

        foreach (var accept in new[] { "application/fhir+json", "application/json", "*/*", "application/fhir+xml;q=0.9, application/fhir+json" })
        {
            var (status, _, response) = await fhir.SendAsync(HttpMethod.Get, "/metadata", token: null, accept: accept);
            response.Dispose();
            Assert.True(status == HttpStatusCode.OK, accept);
        }

        await fhir.AssertEmittedValidAsync();
    }
}
