using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Tests.Schema;
using IntegrationHub.Fhir.Validation;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>
/// A FHIR client of the hub's <c>/fhir/r4</c>: tokens from <c>/sim/fhir/token</c>, raw requests, and every FHIR body the
/// hub answered with kept, so that a test ends by checking them all with the hub's own validator (Firely, R4 core
/// profiles) and, as a second opinion, against the R4 JSON schema in one node process.
/// </summary>
internal sealed class FhirApi(HubClient client)
{
    public const string Base = "/fhir/r4";
    public const string PersonnummerSystem = "http://electronichealth.se/identifier/personnummer";
    public const string PersonnummerOid = "urn:oid:1.2.752.129.2.1.3.1";

    private readonly List<string> emitted = [];

    public HubClient Client => client;

    public static string Identifier(string personnummer, string system = PersonnummerSystem) => Uri.EscapeDataString($"{system}|{personnummer}");

    public async Task<string> TokenAsync(string clientId, params string[] scopes)
    {
        using var response = await client.PostAsync("/sim/fhir/token", new { clientId, scopes });
        var body = await ProblemAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        return body.GetProperty("access_token").GetString()!;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string path, string? token, string? json = null, string? accept = null, string contentType = "application/fhir+json")
    {
        using var request = new HttpRequestMessage(method, new Uri(Base + path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/fhir+json", $"{method} {path}: {(int)response.StatusCode} {response.Content.Headers.ContentType} {text}");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        emitted.Add(text);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    public async Task<JsonElement> GetAsync(string path, string? token, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, body, response) = await SendAsync(HttpMethod.Get, path, token);
        response.Dispose();
        Assert.True(status == expected, $"GET {path}: {(int)status} {body}");
        return body;
    }

    public async Task<JsonElement> PostAsync(string path, string? token, object resource, HttpStatusCode expected) =>
        await PostRawAsync(path, token, JsonSerializer.Serialize(resource), expected);

    public async Task<JsonElement> PostRawAsync(string path, string? token, string json, HttpStatusCode expected, string contentType = "application/fhir+json")
    {
        var (status, body, response) = await SendAsync(HttpMethod.Post, path, token, json, contentType: contentType);
        response.Dispose();
        Assert.True(status == expected, $"POST {path}: {(int)status} {body}");
        return body;
    }

    /// <summary>Fails the test unless every FHIR body the hub answered with in this test is valid R4.</summary>
    public async Task AssertEmittedValidAsync()
    {
        Assert.NotEmpty(emitted);
        await AssertValidAsync(emitted);
    }

    /// <summary>
    /// Fails the test unless every body is valid R4 to Firely's validator against the R4 core profiles (the same one
    /// the hub checks incoming resources with) and to the official R4 JSON schema (an independent second opinion).
    /// </summary>
    public static async Task AssertValidAsync(IReadOnlyList<string> bodies)
    {
        var refused = bodies
            .Select(json => (Json: json, Errors: FhirResourceValidator.Shared.ValidateJson(json).Where(OperationOutcomes.IsError).ToList()))
            .Where(r => r.Errors.Count > 0)
            .Select(r => $"{string.Join("; ", r.Errors.Select(e => $"{string.Join(",", e.Expression)}: {e.Diagnostics}"))}\n    {r.Json}")
            .ToList();
        Assert.True(refused.Count == 0, "Firely's R4 validation failed:\n" + string.Join("\n", refused));

        var results = await new FhirSchemaValidator().ValidateAsync(bodies);
        var invalid = results.Where(r => !r.Valid).Select(r => $"{r.Resource}: {string.Join("; ", r.Errors)}\n    {bodies[r.Index]}").ToList();
        Assert.True(invalid.Count == 0, "FHIR R4 schema validation failed:\n" + string.Join("\n", invalid));
    }

    public static IEnumerable<JsonElement> Entries(JsonElement bundle, string? resourceType = null) =>
        bundle.TryGetProperty("entry", out var entries)
            ? entries.EnumerateArray().Select(e => e.GetProperty("resource")).Where(r => resourceType is null || r.GetProperty("resourceType").GetString() == resourceType)
            : [];

    public static void AssertOutcome(JsonElement body, string? issueCode = null)
    {
        Assert.Equal("OperationOutcome", body.GetProperty("resourceType").GetString());
        if (issueCode is not null)
        {
            Assert.Equal(issueCode, body.GetProperty("issue")[0].GetProperty("code").GetString());
        }
    }
}
