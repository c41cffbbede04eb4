namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>
/// A resident's new case: the form already validated against the clinic's settings (<see cref="FieldsJson"/> is the
/// normalised form), the files already stored. <see cref="SubmittedBy"/> differs from the resident in proxy mode.
/// </summary>
[GenerateSerializer]
[Alias("hub.CaseSubmission")]
public sealed record CaseSubmission(
    string ResidentPersonnummer,
    string ResidentName,
    string SubmittedBy,
    string SubmittedByName,
    string ClinicId,
    string ClinicName,
    string CaseType,
    string CaseTypeName,
    string FieldsJson,
    IReadOnlyList<CaseAttachment> Attachments);
