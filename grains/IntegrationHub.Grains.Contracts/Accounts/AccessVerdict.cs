namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// The account's answer to one request. <see cref="EndsSession"/> means the session must end at once (a lock or a
/// death): the request then gets 401. Otherwise a <see cref="Code"/> means 403 with that code.
/// </summary>
[GenerateSerializer]
[Alias("hub.AccessVerdict")]
public sealed record AccessVerdict(bool Allowed, string? Code, bool EndsSession)
{
    public static AccessVerdict Allow { get; } = new(true, null, false);

    public static AccessVerdict Deny(string code) => new(false, code, false);

    public static AccessVerdict End(string code) => new(false, code, true);
}
