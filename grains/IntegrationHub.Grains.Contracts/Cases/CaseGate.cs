namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>What a caller may do with a case, before anything is read from an upload. Not visible means 404 (CS4).</summary>
[GenerateSerializer]
[Alias("hub.CaseGate")]
public sealed record CaseGate(bool Visible, string? ClinicId, string? CaseType, string? Status, bool IsReceiver, bool IsAssignedHandler)
{
    public static CaseGate Hidden { get; } = new(false, null, null, null, false, false);
}
