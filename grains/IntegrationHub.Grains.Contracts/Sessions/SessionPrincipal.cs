namespace IntegrationHub.Grains.Contracts.Sessions;

/// <summary>
/// Who a request acts as after the session said yes. <see cref="ActingFor"/> is the child's personnummer in proxy
/// mode; <see cref="Subject"/> is always the logged-in person.
/// </summary>
[GenerateSerializer]
[Alias("hub.SessionPrincipal")]
public sealed record SessionPrincipal(string SessionKey, SessionKind Kind, string Subject, string Name, string Method, string? ActingFor, StaffProfile? Staff)
{
    /// <summary>Whose data the request reads and writes: the child in proxy mode, else the subject.</summary>
    public string Acting => ActingFor ?? Subject;
}
