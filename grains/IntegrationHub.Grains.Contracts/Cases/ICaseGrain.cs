using IntegrationHub.Grains.Contracts.Calls;
using IntegrationHub.Grains.Contracts.Sessions;

namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>
/// One case (ärende) between a resident and a clinic, keyed by an opaque id (never a personnummer). It keeps its
/// messages, the clinic inbox row, the resident inbox row, the retention row and the audit records of staff reads in
/// the same commit as its state. Nothing sent is edited or recalled (CS6): every message is appended.
/// </summary>
[Alias("hub.ICaseGrain")]
public interface ICaseGrain : IGrainWithStringKey
{
    /// <summary>A resident's new case; the same id again for the same resident returns <see cref="CaseResult.AlreadyExisted"/>.</summary>
    [Idempotent]
    Task<CaseResult> SubmitAsync(CaseSubmission submission);

    /// <summary>
    /// A case started by a clinic, the hub (e.g. the notices before a 13th birthday) or a regional service (a FHIR
    /// Communication): it lands in the resident's inbox and one contentless notice goes out (CS9, PX8). Clinic and
    /// regional messages are refused for a locked, deceased or unknown resident (CS8, LK1, DC1). Calling it again with
    /// the same id is harmless (at-least-once callers may derive the id from what they send).
    /// </summary>
    [Idempotent]
    Task<CaseResult> OpenAsync(CaseOpening opening);

    /// <summary>Whether this resident may see the case, and its state: for checks before an upload is read. Not audited.</summary>
    [Idempotent]
    Task<CaseGate> GateForResidentAsync(string personnummer);

    /// <summary>What this staff member may do with the case (CS4): for checks before an upload is read. Not audited.</summary>
    [Idempotent]
    Task<CaseGate> GateForStaffAsync(StaffProfile staff);

    /// <summary>The case with its messages and who on the staff side read it; null unless it is this resident's.</summary>
    [Idempotent]
    Task<CaseView?> GetForResidentAsync(string personnummer);

    /// <summary>
    /// The resident (or their proxy) has read the case: its messages so far count as read in the resident's inbox. Not an
    /// event (CS7): the latest event and the retention date stay. False when the case is not this resident's.
    /// </summary>
    Task<bool> MarkReadByResidentAsync(string personnummer);

    /// <summary>
    /// The case as a FHIR Task for a registered client (a regional service); null when there is no such case. Not audited
    /// here: the caller records the read on the resident's account (<c>IResidentAccountGrain.RecordClientReadAsync</c>).
    /// </summary>
    [Idempotent]
    Task<CaseView?> GetForClientAsync();

    /// <summary>The case for a receiver at its clinic or its assigned handler, audit-logged in the same commit (CS4, ST2); else null.</summary>
    Task<CaseView?> ReadForStaffAsync(StaffCaseActor actor);

    /// <summary>The resident's (or their proxy's) message in the case.</summary>
    Task<CaseResult> ReplyAsync(ResidentCaseActor actor, CaseMessageDraft message);

    /// <summary>A receiver assigns (or reassigns) the case to a handler, optionally with a partial answer to the resident (CS3).</summary>
    Task<CaseResult> AssignAsync(StaffCaseActor actor, string handlerHsaId, CaseMessageDraft? partialAnswer);

    /// <summary>The assigned handler answers or asks a counter-question (<see cref="CaseMessageKinds"/>).</summary>
    Task<CaseResult> RespondAsync(StaffCaseActor actor, string kind, CaseMessageDraft message);

    /// <summary>A receiver at the clinic or the assigned handler closes the case.</summary>
    Task<CaseResult> CloseAsync(StaffCaseActor actor);

    /// <summary>An attachment's metadata for its resident; null when the case or attachment is not theirs.</summary>
    [Idempotent]
    Task<CaseAttachment?> FindAttachmentForResidentAsync(string personnummer, string attachmentId);

    /// <summary>An attachment's metadata for staff who may read the case; the read is audit-logged (ST2).</summary>
    Task<CaseAttachment?> ReadAttachmentForStaffAsync(StaffCaseActor actor, string attachmentId);
}
