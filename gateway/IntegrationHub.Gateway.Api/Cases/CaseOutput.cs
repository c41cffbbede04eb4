using System.Text.Json;
using IntegrationHub.Grains.Contracts.Cases;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>
/// A case as the API shows it. The resident sees who on the staff side read it (<see cref="ReadBy"/>, the issue's
/// ask); staff see whose case it is (<see cref="Resident"/>). A message from the resident side names no personnummer.
/// </summary>
internal sealed record CaseOutput(
    string Id,
    CaseOrigin Origin,
    string Status,
    CaseClinicOutput? Clinic,
    string? CaseType,
    string? CaseTypeName,
    string? Subject,
    JsonElement? Fields,
    CaseResidentOutput? Resident,
    string? AssignedHandler,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastEventAt,
    IReadOnlyList<CaseMessageOutput> Messages,
    IReadOnlyList<CaseReadView>? ReadBy)
{
    public static CaseOutput ForResident(CaseView view, string attachmentBase) =>
        From(view, attachmentBase, resident: null, view.ReadBy, showResidentIds: false);

    public static CaseOutput ForStaff(CaseView view, string attachmentBase) =>
        From(view, attachmentBase, new CaseResidentOutput(view.ResidentPersonnummer, view.ResidentName), readBy: null, showResidentIds: true);

    private static CaseOutput From(CaseView view, string attachmentBase, CaseResidentOutput? resident, IReadOnlyList<CaseReadView>? readBy, bool showResidentIds) => new(
        view.Id,
        view.Origin,
        view.Status,
        view.ClinicId is null ? null : new CaseClinicOutput(view.ClinicId, view.ClinicName),
        view.CaseType,
        view.CaseTypeName,
        view.Subject,
        view.FieldsJson is null ? null : JsonDocument.Parse(view.FieldsJson).RootElement.Clone(),
        resident,
        view.AssignedHandler,
        view.CreatedAt,
        view.LastEventAt,
        [.. view.Messages.Select(m => new CaseMessageOutput(
            m.Id,
            m.Kind,
            new CaseSenderOutput(m.SenderKind, m.SenderName, m.SenderKind == "resident" && !showResidentIds ? null : m.SenderId),
            m.Text,
            m.SentAt,
            [.. m.Attachments.Select(a => new CaseAttachmentOutput(a.Id, a.FileName, a.ContentType, a.Size, $"{attachmentBase}/{view.Id}/attachments/{a.Id}"))]))],
        readBy);
}
