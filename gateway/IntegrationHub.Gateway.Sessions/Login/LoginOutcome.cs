using IntegrationHub.Grains.Contracts.Accounts;

namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary>
/// What a login came to: refused with an HTTP status and API.md's code, or admitted with the session cookie set on the
/// response and the body of the API's answer (<see cref="Me"/> for a resident, <see cref="Staff"/> for staff).
/// </summary>
public sealed record LoginOutcome(int Status, string? Code, string? Title, MeView? Me, StaffLoginView? Staff)
{
    public bool Admitted => Code is null;

    public static LoginOutcome Refused(int status, string code, string title) => new(status, code, title, null, null);
}
