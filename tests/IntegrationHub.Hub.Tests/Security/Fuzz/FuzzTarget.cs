namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>
/// One endpoint of API.md: its method, its path (placeholders <c>{case}</c>, <c>{attachment}</c>, <c>{clinic}</c>,
/// <c>{caseType}</c>, <c>{lock}</c>, <c>{service}</c>, <c>{rest}</c> filled from the <see cref="FuzzWorld"/>), its body,
/// its query. <paramref name="Part"/> names a multipart body's JSON part; <paramref name="OnlyAs"/> pins the caller.
/// </summary>
internal sealed record FuzzTarget(
    string Method,
    string Path,
    FuzzBody Body = FuzzBody.None,
    IReadOnlyList<FuzzField>? Fields = null,
    IReadOnlyList<FuzzField>? Query = null,
    string? Part = null,
    FuzzCaller? OnlyAs = null)
{
    public IReadOnlyList<FuzzField> BodyFields => Fields ?? [];

    public IReadOnlyList<FuzzField> QueryFields => Query ?? [];
}
