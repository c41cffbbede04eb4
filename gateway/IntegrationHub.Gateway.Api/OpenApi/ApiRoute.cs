namespace IntegrationHub.Gateway.Api.OpenApi;

/// <summary>
/// One route of API.md as the OpenAPI document describes it: a summary, the refusals it may answer (status and codes),
/// and, for an endpoint that reads its body itself, the body (a login's JSON, or multipart with a JSON part).
/// </summary>
internal sealed record ApiRoute(string Method, string Path, string Summary, IReadOnlyList<ApiRefusal> Refusals)
{
    /// <summary><c>{assertion}</c> for the logins, or the JSON part's name of a multipart upload.</summary>
    public string? Body { get; init; }

    public bool Multipart { get; init; }

    /// <summary>The status of success, where it is not 200 (201 for what is created, 204 for what answers nothing).</summary>
    public int Success { get; init; } = 200;
}
