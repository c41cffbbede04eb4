using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Effects;

namespace IntegrationHub.Grains.Cases;

/// <summary>The case as stored: its header, its messages (appended, never changed: CS6) and the staff reads the resident sees.</summary>
public sealed class CaseState : EffectfulState
{
    public bool Exists { get; set; }

    public CaseOrigin Origin { get; set; }

    public string Status { get; set; } = CaseStatuses.New;

    public string ResidentPersonnummer { get; set; } = string.Empty;

    public string ResidentName { get; set; } = string.Empty;

    public string? ClinicId { get; set; }

    public string? ClinicName { get; set; }

    public string? CaseType { get; set; }

    public string? CaseTypeName { get; set; }

    public string? Subject { get; set; }

    public string? FieldsJson { get; set; }

    public string? AssignedHandler { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The latest event (CS7): a submission, a message, an assignment or a change of status; never a read.</summary>
    public DateTimeOffset LastEventAt { get; set; }

    public List<CaseMessageView> Messages { get; set; } = [];

    public List<CaseReadView> ReadBy { get; set; } = [];

    /// <summary>How many messages the case held when its resident (or their proxy) last read it; messages are only appended (CS6).</summary>
    public int ResidentReadCount { get; set; }
}
