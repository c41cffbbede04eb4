using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>
/// API.md's contract for an answer to anything a client sends: never a 5xx, but a real 503 while the test holds a
/// dependency down; every 4xx and 5xx outside <c>/fhir</c> problem+json with its status and a snake_case <c>code</c>,
/// inside <c>/fhir</c> an OperationOutcome (the token endpoint may answer an OAuth error object, RFC 6749).
/// </summary>
internal static partial class RefusalShape
{
    /// <summary>What is wrong with the answer, or null.</summary>
    public static string? Check(HttpRequestMessage request, HttpResponseMessage response, string body, bool dependencyDown)
    {
        var status = (int)response.StatusCode;
        if (status >= 500 && !(dependencyDown && response.StatusCode == HttpStatusCode.ServiceUnavailable))
        {
            return $"{status} for a client's request";
        }

        if (status < 400 || request.Method == HttpMethod.Head)
        {
            return null;
        }

        var path = request.RequestUri!.AbsolutePath;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return $"{status} {mediaType} whose body is not JSON: {Excerpt(body)}";
        }

        if (path.StartsWith("/fhir/", StringComparison.OrdinalIgnoreCase))
        {
            var isOutcome = mediaType == "application/fhir+json" && Member(json, "resourceType") == "OperationOutcome";
            var isOAuthError = path.EndsWith("/auth/token", StringComparison.OrdinalIgnoreCase) && mediaType == "application/json" && Member(json, "error") is not null;
            return isOutcome || isOAuthError ? null : $"{status} under /fhir without an OperationOutcome: {mediaType} {Excerpt(body)}";
        }

        if (mediaType != "application/problem+json")
        {
            return $"{status} as {mediaType}, not problem+json: {Excerpt(body)}";
        }

        var code = Member(json, "code");
        var sameStatus = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Number && s.GetInt32() == status;
        return code is not null && CodeShape().IsMatch(code) && sameStatus ? null : $"{status} problem without a code or its status: {Excerpt(body)}";
    }

    private static string? Member(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Excerpt(string body) => body.Length <= 200 ? body : body[..200] + "…";

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex CodeShape();
}
