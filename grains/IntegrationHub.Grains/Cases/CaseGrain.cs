using System.Text.Json;
using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Contracts.Clinics;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Grains.Effects;
using IntegrationHub.Grains.Notifications;
using IntegrationHub.Identity;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Grains.Cases;

[GrainType(CaseIndexes.GrainType)]
internal sealed partial class CaseGrain(
    [PersistentState(CaseIndexes.StateName, HubStorage.Name)] IPersistentState<CaseState> state,
    HubGrainContext hub,
    IPopulationRegistry registry,
    ILogger<CaseGrain> logger) : HubGrain<CaseState>(state, hub), ICaseGrain
{
    private const string ResidentSender = "resident";
    private const string StaffSender = "staff";

    private CaseState Case => State;

    /// <summary>
    /// Whether the case is there at all. Past its retention date it is gone even before the sweep removes its rows
    /// (CS7), so an activation that outlived a purge never shows what was deleted.
    /// </summary>
    private bool Live => Case.Exists && Clock.GetUtcNow() < CaseRetention.ExpiresAt(Case.LastEventAt);

    public async Task<CaseResult> SubmitAsync(CaseSubmission submission)
    {
        if (Case.Exists)
        {
            return Case.ResidentPersonnummer == submission.ResidentPersonnummer ? CaseResult.Existing : CaseResult.Refused(CaseCodes.Conflict);
        }

        var now = Clock.GetUtcNow();
        Case.Exists = true;
        Case.Origin = CaseOrigin.Resident;
        Case.Status = CaseStatuses.New;
        Case.ResidentPersonnummer = submission.ResidentPersonnummer;
        Case.ResidentName = submission.ResidentName;
        Case.ClinicId = submission.ClinicId;
        Case.ClinicName = submission.ClinicName;
        Case.CaseType = submission.CaseType;
        Case.CaseTypeName = submission.CaseTypeName;
        Case.FieldsJson = submission.FieldsJson;
        Case.CreatedAt = now;
        Append(CaseMessageKinds.Submission, ResidentSender, submission.SubmittedBy, submission.SubmittedByName, text: null, submission.Attachments, now);
        await CommitAsync(now);
        return CaseResult.Done;
    }

    public async Task<CaseResult> OpenAsync(CaseOpening opening)
    {
        if (Case.Exists)
        {
            return Case.ResidentPersonnummer == opening.ResidentPersonnummer ? CaseResult.Existing : CaseResult.Refused(CaseCodes.Conflict);
        }

        string? name;
        if (opening.Origin == CaseOrigin.Hub)
        {
            // The hub's own notices (e.g. before a 13th birthday) go to a child who may never have logged in; only an
            // inactive account is refused (DC1).
            var status = await Account(opening.ResidentPersonnummer).GetLockStatusAsync();
            if (status.Deceased)
            {
                return CaseResult.Refused(CaseCodes.RecipientUnavailable);
            }

            name = (await Account(opening.ResidentPersonnummer).GetProfileAsync()).Name;
        }
        else
        {
            var (refusal, person) = await CheckRecipientAsync(opening.ResidentPersonnummer);
            if (refusal is not null)
            {
                return CaseResult.Refused(refusal);
            }

            name = person!.Name;
        }

        var now = Clock.GetUtcNow();
        Case.Exists = true;
        Case.Origin = opening.Origin;
        Case.Status = opening.ClinicId is null ? CaseStatuses.Closed : CaseStatuses.Answered;
        Case.ResidentPersonnummer = opening.ResidentPersonnummer;
        Case.ResidentName = name ?? string.Empty;
        Case.ClinicId = opening.ClinicId;
        Case.ClinicName = opening.ClinicName;
        Case.Subject = opening.Subject;
        Case.CreatedAt = now;
        if (opening.Origin == CaseOrigin.Clinic)
        {
            // The sender keeps the case they started, like an assigned handler (CS4).
            Case.AssignedHandler = opening.SenderId;
        }

        var senderKind = opening.Origin switch
        {
            CaseOrigin.Clinic => StaffSender,
            CaseOrigin.Hub => "hub",
            _ => "regional",
        };
        Append(CaseMessageKinds.Message, senderKind, opening.SenderId, opening.SenderName, opening.Text, opening.Attachments, now);
        Notify();
        await CommitAsync(now);
        return CaseResult.Done;
    }

    public Task<CaseGate> GateForResidentAsync(string personnummer) =>
        Task.FromResult(IsResidents(personnummer)
            ? new CaseGate(true, Case.ClinicId, Case.CaseType, Case.Status, IsReceiver: false, IsAssignedHandler: false)
            : CaseGate.Hidden);

    public Task<CaseGate> GateForStaffAsync(StaffProfile staff) =>
        Task.FromResult(MayRead(staff)
            ? new CaseGate(true, Case.ClinicId, Case.CaseType, Case.Status, IsReceiver(staff), IsAssignedHandler(staff))
            : Live && AtClinic(staff) ? CaseGate.HiddenFromClinicStaff : CaseGate.Hidden);

    public Task<CaseView?> GetForResidentAsync(string personnummer) =>
        Task.FromResult(IsResidents(personnummer) ? View() : null);

    public async Task<bool> MarkReadByResidentAsync(string personnummer)
    {
        if (!IsResidents(personnummer))
        {
            return false;
        }

        if (ResidentUnread() > 0)
        {
            // A read is no event (CS7): only the resident's inbox row changes.
            Case.ResidentReadCount = Case.Messages.Count;
            StageRows();
            await CommitAsync();
        }

        return true;
    }

    public Task<CaseView?> GetForClientAsync() => Task.FromResult(Live ? View() : null);

    public async Task<CaseView?> ReadForStaffAsync(StaffCaseActor actor)
    {
        if (!MayRead(actor.Staff))
        {
            return null;
        }

        await RecordReadAsync(actor, "case-read", GrainKey);
        return View();
    }

    public async Task<CaseResult> ReplyAsync(ResidentCaseActor actor, CaseMessageDraft message)
    {
        if (!IsResidents(actor.Personnummer))
        {
            return CaseResult.Refused(CaseCodes.NotFound);
        }

        if (Case.Status == CaseStatuses.Closed || Case.ClinicId is null)
        {
            return CaseResult.Refused(CaseCodes.CaseClosed);
        }

        var now = Clock.GetUtcNow();
        Case.Status = Case.AssignedHandler is null ? CaseStatuses.New : CaseStatuses.Assigned;
        Append(CaseMessageKinds.Reply, ResidentSender, actor.Subject, actor.Name, message.Text, message.Attachments, now);
        await CommitAsync(now);
        return CaseResult.Done;
    }

    public async Task<CaseResult> AssignAsync(StaffCaseActor actor, string handlerHsaId, CaseMessageDraft? partialAnswer)
    {
        if (!MayRead(actor.Staff))
        {
            return RefusedUnreadable(actor.Staff);
        }

        if (!IsReceiver(actor.Staff))
        {
            return CaseResult.Refused(CaseCodes.NotAuthorised);
        }

        if (Case.Status == CaseStatuses.Closed)
        {
            return CaseResult.Refused(CaseCodes.CaseClosed);
        }

        if (partialAnswer is not null)
        {
            // CS8, LK1: a partial answer is a message to the resident.
            var (refusal, _) = await CheckRecipientAsync(Case.ResidentPersonnummer);
            if (refusal is not null)
            {
                return CaseResult.Refused(refusal);
            }
        }

        var now = Clock.GetUtcNow();
        Case.AssignedHandler = handlerHsaId;
        Case.Status = CaseStatuses.Assigned;
        if (partialAnswer is not null)
        {
            Append(CaseMessageKinds.PartialAnswer, StaffSender, actor.Staff.HsaId, actor.Name, partialAnswer.Text, partialAnswer.Attachments, now);
            Notify();
        }

        await CommitAsync(now);
        return CaseResult.Done;
    }

    public async Task<CaseResult> RespondAsync(StaffCaseActor actor, string kind, CaseMessageDraft message)
    {
        if (kind is not (CaseMessageKinds.Answer or CaseMessageKinds.CounterQuestion))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "An answer or a counter-question.");
        }

        if (!MayRead(actor.Staff))
        {
            return RefusedUnreadable(actor.Staff);
        }

        if (!IsAssignedHandler(actor.Staff))
        {
            return CaseResult.Refused(CaseCodes.NotAuthorised);
        }

        if (Case.Status == CaseStatuses.Closed)
        {
            return CaseResult.Refused(CaseCodes.CaseClosed);
        }

        var (refusal, _) = await CheckRecipientAsync(Case.ResidentPersonnummer);
        if (refusal is not null)
        {
            return CaseResult.Refused(refusal);
        }

        var now = Clock.GetUtcNow();
        Case.Status = kind == CaseMessageKinds.Answer ? CaseStatuses.Answered : CaseStatuses.AwaitingReply;
        Append(kind, StaffSender, actor.Staff.HsaId, actor.Name, message.Text, message.Attachments, now);
        Notify();
        await CommitAsync(now);
        return CaseResult.Done;
    }

    public async Task<CaseResult> CloseAsync(StaffCaseActor actor)
    {
        if (!MayRead(actor.Staff))
        {
            return CaseResult.Refused(CaseCodes.NotFound);
        }

        if (Case.Status == CaseStatuses.Closed)
        {
            return CaseResult.Done;
        }

        var now = Clock.GetUtcNow();
        Case.Status = CaseStatuses.Closed;
        await CommitAsync(now);
        return CaseResult.Done;
    }

    public Task<CaseAttachment?> FindAttachmentForResidentAsync(string personnummer, string attachmentId) =>
        Task.FromResult(IsResidents(personnummer) ? FindAttachment(attachmentId) : null);

    public async Task<CaseAttachment?> ReadAttachmentForStaffAsync(StaffCaseActor actor, string attachmentId)
    {
        var attachment = MayRead(actor.Staff) ? FindAttachment(attachmentId) : null;
        if (attachment is not null)
        {
            await RecordReadAsync(actor, "case-attachment-read", $"{GrainKey}/{attachmentId}");
        }

        return attachment;
    }

    private bool IsResidents(string personnummer) => Live && string.Equals(Case.ResidentPersonnummer, personnummer, StringComparison.Ordinal);

    private bool IsReceiver(StaffProfile staff) => Case.ClinicId is not null && staff.HasClinicRight(Case.ClinicId, ClinicRights.Receiver);

    /// <summary>The assigned handler, while the HSA directory still gives them the handler right at the clinic.</summary>
    private bool IsAssignedHandler(StaffProfile staff) =>
        Case.ClinicId is not null
        && string.Equals(Case.AssignedHandler, staff.HsaId, StringComparison.Ordinal)
        && staff.HasClinicRight(Case.ClinicId, ClinicRights.Handler);

    /// <summary>Holds any right (receiver, handler, administrator) at the case's clinic.</summary>
    private bool AtClinic(StaffProfile staff) =>
        Case.ClinicId is not null && staff.ClinicRights.TryGetValue(Case.ClinicId, out var rights) && rights.Count > 0;

    /// <summary>
    /// A write by staff who may not read the case: 403 for the clinic's own staff (API.md: "403 unless the assigned
    /// handler", "403 unless receiver"), 404 for everyone else, to whom the case does not exist (CS4).
    /// </summary>
    private CaseResult RefusedUnreadable(StaffProfile staff) =>
        CaseResult.Refused(Live && AtClinic(staff) ? CaseCodes.NotAuthorised : CaseCodes.NotFound);

    /// <summary>CS4: the clinic's receivers and the assigned handler; nobody else on the staff side.</summary>
    private bool MayRead(StaffProfile staff) => Live && (IsReceiver(staff) || IsAssignedHandler(staff));

    private CaseAttachment? FindAttachment(string attachmentId) =>
        Case.Messages.SelectMany(m => m.Attachments).FirstOrDefault(a => string.Equals(a.Id, attachmentId, StringComparison.Ordinal));

    private CaseView View() => new(
        GrainKey,
        Case.Origin,
        Case.Status,
        Case.ClinicId,
        Case.ClinicName,
        Case.CaseType,
        Case.CaseTypeName,
        Case.Subject,
        Case.ResidentPersonnummer,
        Case.ResidentName,
        Case.AssignedHandler,
        Case.FieldsJson,
        Case.CreatedAt,
        Case.LastEventAt,
        [.. Case.Messages],
        [.. Case.ReadBy]);

    /// <summary>A message is appended, never changed (CS6); the files uploaded with it become the case's in the same commit.</summary>
    private void Append(string kind, string senderKind, string senderId, string senderName, string? text, IReadOnlyList<CaseAttachment> attachments, DateTimeOffset at)
    {
        Case.Messages.Add(new CaseMessageView(Guid.CreateVersion7(at).ToString("N"), kind, senderKind, senderId, senderName, text, at, [.. attachments]));
        KeepAttachments(attachments.Select(a => a.Id));
    }

    /// <summary>CS9, PX8: one contentless notice per new message from the clinic or the hub, in the same commit.</summary>
    private void Notify() => EmitEvent(NewMessageNotice.Topic, new NewMessageNotice(Case.ResidentPersonnummer));

    /// <summary>CS8, LK1, DC1: the registry is asked (API.md: whenever the hub acts on a person), then the account's lock.</summary>
    private async Task<(string? Refusal, RegistryPerson? Person)> CheckRecipientAsync(string personnummer)
    {
        RegistryPerson? person;
        try
        {
            person = await registry.FindAsync(Personnummer.Parse(personnummer), CancellationToken.None);
        }
        catch (RegistryUnavailableException)
        {
            LogRegistryUnavailable(logger, GrainKey);
            return (CaseCodes.RegistryUnavailable, null);
        }

        if (person is null || person.Deceased)
        {
            return (CaseCodes.RecipientUnavailable, null);
        }

        var status = await Account(personnummer).GetLockStatusAsync();
        return status.Locked || status.Deceased ? (CaseCodes.RecipientUnavailable, null) : (null, person);
    }

    private IResidentAccountGrain Account(string personnummer) => Grains.Account(personnummer);

    /// <summary>ST2: the audit record and the resident's view of who read (the issue) commit before the answer leaves.</summary>
    private async Task RecordReadAsync(StaffCaseActor actor, string action, string detail)
    {
        // The record goes to the resident's account, not this case: it must outlive the case's deletion (CS7).
        await Account(Case.ResidentPersonnummer).RecordStaffReadAsync(new StaffAccess(actor.Staff.HsaId, actor.Name, Case.ClinicId, $"{action}:{detail}"));
        var now = Clock.GetUtcNow();
        Case.ReadBy.Add(new CaseReadView(now, actor.Staff.HsaId, actor.Name, Case.ClinicId, Case.ClinicName));

        // A read is no event (CS7): the latest event and the retention row stay as they are.
        await CommitAsync();
    }

    /// <summary>Every event: the latest-event time, the inbox rows and the retention row, committed with the state.</summary>
    private Task CommitAsync(DateTimeOffset eventAt)
    {
        Case.LastEventAt = eventAt;
        StageRows();
        return CommitAsync();
    }

    /// <summary>
    /// The messages from the clinic side, the hub or a regional service that came after the resident last read the case or
    /// last wrote in it (whoever writes has read what came before).
    /// </summary>
    private int ResidentUnread()
    {
        var lastOwn = Case.Messages.FindLastIndex(m => m.SenderKind == ResidentSender);
        return Case.Messages.Skip(Math.Max(Case.ResidentReadCount, lastOwn + 1)).Count(m => m.SenderKind != ResidentSender);
    }

    /// <summary>The inbox rows and the retention row as the state now stands, to commit with it.</summary>
    private void StageRows()
    {
        var expiresAt = CaseRetention.ExpiresAt(Case.LastEventAt);
        var row = new CaseInboxRow(
            GrainKey, Case.Origin, Case.Status, Case.ClinicId, Case.ClinicName, Case.CaseType, Case.CaseTypeName, Subject: null,
            Case.AssignedHandler, Case.CreatedAt, Case.LastEventAt, expiresAt);
        var created = CaseIndexes.SortKey(Case.CreatedAt);
        if (Case.ClinicId is not null)
        {
            var clinicRow = JsonSerializer.Serialize(row, CaseIndexes.Json);
            SetIndexEntry(CaseIndexes.ClinicInbox, GrainKey, Case.ClinicId, created, clinicRow);
            SetIndexEntry(CaseIndexes.ClinicInboxByStatus, GrainKey, CaseIndexes.ClinicStatusPartition(Case.ClinicId, Case.Status), created, clinicRow);
        }

        SetIndexEntry(
            CaseIndexes.ResidentInbox,
            GrainKey,
            Case.ResidentPersonnummer,
            created,
            JsonSerializer.Serialize(row with { Subject = Case.Subject, ResidentUnread = ResidentUnread() }, CaseIndexes.Json));
        SetIndexEntry(CaseIndexes.Retention, GrainKey, CaseIndexes.RetentionPartition, CaseIndexes.SortKey(expiresAt));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Population registry unavailable; case {CaseId} refused a message to its resident")]
    private static partial void LogRegistryUnavailable(ILogger logger, string caseId);
}
