namespace IntegrationHub.Gateway.Api.OpenApi;

/// <summary>
/// What API.md says of each <c>/auth</c>, <c>/api</c> and <c>/staff</c> route, for the OpenAPI document: the endpoints
/// themselves carry no such metadata (most write their refusals through shared helpers), so the document gets it here,
/// in one table beside API.md's own. Every route under <c>/api</c> and <c>/staff</c> may also answer 401 without a live
/// session (and 403 <c>staff_only</c> or <c>residents_only</c> on the wrong side), which the transformer adds.
/// </summary>
internal static class ApiRoutes
{
    private const int BadRequest = 400;
    private const int Forbidden = 403;
    private const int NotFound = 404;
    private const int Conflict = 409;
    private const int TooLarge = 413;
    private const int Unsupported = 415;
    private const int TooMany = 429;
    private const int Unavailable = 503;

    private static readonly ApiRefusal[] Upload =
    [
        new(BadRequest, "invalid_form", "too_many_files", "attachments_not_allowed", "invalid_request"),
        new(TooLarge, "file_too_large"),
        new(Unsupported, "file_type_not_allowed"),
    ];

    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        new("POST", "/auth/resident/login", "Log a resident in with an e-identification assertion (BankID, Freja eID+); sets the session cookie", [
            new(BadRequest, "invalid_identity_number"),
            new(Forbidden, "samordningsnummer_not_accepted", "reservnummer_not_accepted", "eid_not_accepted", "invalid_assertion", "login_refused"),
            new(TooMany, "too_many_requests"),
            new(Unavailable, "registry_unavailable")]) { Body = "assertion" },
        new("POST", "/auth/staff/login", "Log a staff member in with a SITHS assertion; the HSA directory is asked every time", [
            new(Forbidden, "not_in_hsa", "invalid_assertion"),
            new(TooMany, "too_many_requests"),
            new(Unavailable, "directory_unavailable")]) { Body = "assertion" },
        new("POST", "/auth/logout", "End the session", []) { Success = 204 },

        new("GET", "/api/me", "The acting user: name, age, capabilities, contacts, proxies, whom the session acts for", []),
        new("GET", "/api/start", "HO3: the start page of the acting identity (listing, appointments, cases, unread, services, notices)", []),
        new("PUT", "/api/me/settings", "Set the mobile number and e-mail notifications go to (in proxy mode the child's)", [new(BadRequest, "invalid_contact")]) { Success = 204 },
        new("POST", "/api/proxies", "Add a child as its guardian (PX2)", [
            new(BadRequest, "invalid_identity_number"),
            new(Forbidden, "not_guardian", "child_too_old", "protected_identity", "account_inactive"),
            new(Unavailable, "registry_unavailable")]) { Success = 201 },
        new("PUT", "/api/acting-as", "Act for a child (proxy mode), or for oneself again", [
            new(BadRequest, "invalid_identity_number"),
            new(Forbidden, "no_active_proxy", "account_locked")]) { Success = 204 },
        new("DELETE", "/api/acting-as", "Act for oneself again", []) { Success = 204 },
        new("GET", "/api/clinics", "Find clinics by name (at least 2 characters), each with the case types it offers now", [
            new(BadRequest, "invalid_request"),
            new(Unavailable, "directory_unavailable")]),
        new("GET", "/api/clinics/{clinicId}", "A clinic, its information text and its case types with their fields", [
            new(NotFound, "not_found"),
            new(Unavailable, "directory_unavailable")]),
        new("POST", "/api/cases", "Send a case: multipart with a part 'case' ({clinicId, caseType, fields}) and 'file' parts; Idempotency-Key optional", [
            .. Upload,
            new(Forbidden, "case_type_not_for_proxy"),
            new(Unavailable, "directory_unavailable")]) { Body = "case", Multipart = true , Success = 201 },
        new("GET", "/api/cases", "The inbox: every case of the acting identity with its messages", []),
        new("GET", "/api/cases/{id}", "One case with its messages; reading it marks them read", [new(NotFound, "not_found")]),
        new("POST", "/api/cases/{id}/messages", "Write in a case (e.g. answer a counter-question): multipart with a part 'message' ({text}) and 'file' parts", [
            .. Upload,
            new(Forbidden, "case_type_not_for_proxy"),
            new(NotFound, "not_found"),
            new(Conflict, "case_closed")]) { Body = "message", Multipart = true , Success = 201 },
        new("GET", "/api/cases/{id}/attachments/{attachmentId}", "Download an attachment (Content-Disposition: attachment)", [new(NotFound, "not_found")]),

        new("GET", "/staff/residents", "ST1: look a resident up by personnummer (audit-logged)", [
            new(BadRequest, "invalid_identity_number"),
            new(NotFound, "not_found"),
            new(Unavailable, "registry_unavailable")]),
        new("GET", "/staff/clinics/{clinicId}/cases", "The clinic's case inbox, optionally by ?status=", [new(Forbidden, "not_authorised")]),
        new("PUT", "/staff/clinics/{clinicId}/case-types/{caseType}", "Activate and configure a case type (administrators)", [
            new(BadRequest, "invalid_form"),
            new(Forbidden, "not_authorised")]) { Success = 204 },
        new("PUT", "/staff/clinics/{clinicId}/info", "Set the clinic's information text, stored sanitised (administrators)", [new(Forbidden, "not_authorised")]) { Success = 204 },
        new("GET", "/staff/cases/{id}", "A case with its messages (audit-logged)", [new(NotFound, "not_found")]),
        new("POST", "/staff/cases/{id}/assign", "Assign a case to a handler, optionally with a partial answer (JSON, or multipart with a part 'assign' and 'file' parts)", [
            .. Upload,
            new(Forbidden, "not_authorised"),
            new(NotFound, "not_found"),
            new(Conflict, "case_closed"),
            new(Unavailable, "directory_unavailable")]) { Success = 204 },
        new("POST", "/staff/cases/{id}/answer", "Answer the resident (assigned handler): multipart with a part 'message' ({text}) and 'file' parts", [
            .. Upload,
            new(Forbidden, "not_authorised"),
            new(NotFound, "not_found"),
            new(Conflict, "case_closed")]) { Body = "message", Multipart = true , Success = 201 },
        new("POST", "/staff/cases/{id}/counter-question", "Ask the resident a counter-question (assigned handler): multipart as for an answer", [
            .. Upload,
            new(Forbidden, "not_authorised"),
            new(NotFound, "not_found"),
            new(Conflict, "case_closed")]) { Body = "message", Multipart = true , Success = 201 },
        new("POST", "/staff/cases/{id}/close", "Close a case (a receiver at its clinic or its handler)", [
            new(Forbidden, "not_authorised"),
            new(NotFound, "not_found"),
            new(Conflict, "case_closed")]) { Success = 204 },
        new("GET", "/staff/cases/{id}/attachments/{attachmentId}", "Download an attachment (audit-logged)", [new(NotFound, "not_found")]),
        new("POST", "/staff/messages", "Start a case in a resident's inbox from the clinic", [
            new(BadRequest, "invalid_identity_number", "invalid_form"),
            new(Forbidden, "not_authorised"),
            new(Conflict, "recipient_unavailable"),
            new(Unavailable, "registry_unavailable", "directory_unavailable")]) { Success = 201 },
        new("POST", "/staff/lock-requests", "Request a lock of a resident's login (LK2)", [
            new(BadRequest, "reason_not_accepted", "invalid_identity_number", "invalid_origin", "authority_required")]) { Success = 201 },
        new("POST", "/staff/lock-requests/{id}/decision", "Decide a lock request (LK3, LK4)", [
            new(BadRequest, "invalid_request"),
            new(Forbidden, "not_authorised_to_decide", "wrong_region"),
            new(NotFound, "not_found"),
            new(Conflict, "already_decided"),
            new(Unavailable, "registry_unavailable")]) { Success = 204 },
        new("POST", "/staff/lock-requests/{id}/execute", "Execute a decided lock; the answer warns that the journal is not sealed (LK1)", [
            new(Forbidden, "not_authorised_to_execute"),
            new(NotFound, "not_found"),
            new(Conflict, "request_not_approved", "already_executed", "not_locked")]),
        new("POST", "/staff/unlock-requests", "Request that a lock be lifted (LK9)", [new(BadRequest, "invalid_identity_number")]) { Success = 201 },
        new("POST", "/staff/unlock-requests/{id}/decision", "Decide an unlock request", [
            new(BadRequest, "invalid_request"),
            new(Forbidden, "not_authorised_to_decide", "wrong_region"),
            new(NotFound, "not_found"),
            new(Conflict, "already_decided"),
            new(Unavailable, "registry_unavailable")]) { Success = 204 },
        new("POST", "/staff/unlock-requests/{id}/execute", "Execute a decided unlock (LK10)", [
            new(Forbidden, "not_authorised_to_execute"),
            new(NotFound, "not_found"),
            new(Conflict, "request_not_approved", "already_executed", "not_locked")]),
        new("GET", "/staff/lock-register", "Every lock and unlock of a resident (central and national support)", [
            new(BadRequest, "invalid_identity_number"),
            new(Forbidden, "not_authorised")]),
    ];

    public static ApiRoute? Find(string method, string path) =>
        All.FirstOrDefault(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(r.Path, path, StringComparison.Ordinal));
}
