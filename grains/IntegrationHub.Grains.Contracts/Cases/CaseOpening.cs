namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>
/// A case started by someone other than the resident (<see cref="CaseOrigin.Clinic"/>, <see cref="CaseOrigin.Hub"/>,
/// <see cref="CaseOrigin.Regional"/>). With a clinic, the resident may reply and the reply lands in that clinic's inbox;
/// without one (a notice from the hub) the case is closed from the start.
/// </summary>
[GenerateSerializer]
[Alias("hub.CaseOpening")]
public sealed record CaseOpening(
    CaseOrigin Origin,
    string ResidentPersonnummer,
    string? ClinicId,
    string? ClinicName,
    string Subject,
    string Text,
    string SenderId,
    string SenderName)
{
    /// <summary>Files already stored under the case (staff messages).</summary>
    [Id(0)]
    public IReadOnlyList<CaseAttachment> Attachments { get; init; } = [];
}
