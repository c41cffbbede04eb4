namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// The outcome of a login. <see cref="RefusalCode"/> is what the client sees (<c>login_refused</c> hides whether the
/// account is locked, deceased or unknown: that reason goes only to the audit log).
/// </summary>
[GenerateSerializer]
[Alias("hub.LoginResult")]
public sealed record LoginResult(bool Accepted, string? RefusalCode, string? Name)
{
    public static LoginResult Admitted(string name) => new(true, null, name);

    public static LoginResult Refused(string code) => new(false, code, null);
}
