namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>
/// What a caller may do with a case, before anything is read from an upload. Not visible means 404 (CS4), unless
/// <see cref="AtClinic"/>: staff of the case's own clinic who may not read it are refused a write with 403 (API.md).
/// </summary>
[GenerateSerializer]
[Alias("hub.CaseGate")]
public sealed record CaseGate(bool Visible, string? ClinicId, string? CaseType, string? Status, bool IsReceiver, bool IsAssignedHandler, bool AtClinic = false)
{
    public static CaseGate Hidden { get; } = new(false, null, null, null, false, false);

    /// <summary>Not visible to this staff member, who holds a right at the case's clinic: nothing more is said.</summary>
    public static CaseGate HiddenFromClinicStaff { get; } = new(false, null, null, null, false, false, AtClinic: true);
}
