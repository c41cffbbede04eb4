using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Grains.Effects;

namespace IntegrationHub.Grains.Sessions;

public sealed class SessionState : EffectfulState
{
    public SessionKind Kind { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Method { get; set; } = string.Empty;

    public StaffProfile? Staff { get; set; }

    public string? ActingFor { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The last request as persisted; written at most once a minute, so the idle limit may run up to a minute late on another silo.</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    public bool Started { get; set; }

    public SessionEndReason? EndedBy { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
