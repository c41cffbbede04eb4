using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Appointments;
using IntegrationHub.Grains.Contracts.Locks;
using IntegrationHub.Grains.Effects;

namespace IntegrationHub.Grains.Accounts;

/// <summary>
/// The account as stored. The registry facts are a copy taken at the last login or lookup (the hub asks again before
/// it acts); the lock, the contacts, the journal mirror and the register are the hub's own.
/// </summary>
public sealed class ResidentAccountState : EffectfulState
{
    public bool Known { get; set; }

    public string GivenName { get; set; } = string.Empty;

    public string FamilyName { get; set; } = string.Empty;

    public DateOnly BirthDate { get; set; }

    public string Region { get; set; } = string.Empty;

    public ProtectedIdentity Protection { get; set; }

    /// <summary>Where the resident is listed (the registry's copy); null when not listed.</summary>
    public ListingView? Listing { get; set; }

    public bool Deceased { get; set; }

    public DateTimeOffset? DeactivatedAt { get; set; }

    public List<string> Guardians { get; set; } = [];

    public string? Mobile { get; set; }

    public string? Email { get; set; }

    public AccountLock? Lock { get; set; }

    public List<LockRegisterEntry> LockRegister { get; set; } = [];

    public Dictionary<string, JournalConsentUpdate> JournalRestrictions { get; set; } = [];

    public List<string> LiveSessions { get; set; } = [];

    /// <summary>On a guardian's account: the children the guardian has added (PX2), active or ended.</summary>
    public List<string> ProxyChildren { get; set; } = [];

    /// <summary>On a child's account: the guardians with a relationship to it.</summary>
    public List<string> ProxyGuardians { get; set; } = [];

    /// <summary>The 13th-birthday stages already done (PX5, PX6): each runs exactly once.</summary>
    public List<string> BirthdayStagesDone { get; set; } = [];

    /// <summary>The 13th birthday the birthday work's index rows were written for (they follow the birth date alone).</summary>
    public DateOnly? BirthdayWorkScheduledFor { get; set; }

    /// <summary>Appointments from regional booking services (HO3), by the booking service's identifier.</summary>
    public Dictionary<string, AppointmentUpdate> Appointments { get; set; } = [];

    /// <summary>When the next LK6 review of a lock made with a journal seal is due; null when none is.</summary>
    public DateOnly? LockReviewDue { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string Name => $"{GivenName} {FamilyName}".Trim();

    /// <summary>The journal system's restrictions as the hub mirrors them, oldest first.</summary>
    public JournalMirror Mirror() => new([.. JournalRestrictions.Values.OrderBy(r => r.RecordedAt)]);
}
