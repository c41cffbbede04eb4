using IntegrationHub.Store.Attachments;
using IntegrationHub.Store.Indexes;
using IntegrationHub.Grains.Contracts.Keys;
using System.Text.Json;
using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Domain.Attachments;
using IntegrationHub.Domain.Cases;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Contracts.Clinics;
using IntegrationHub.Gateway.Api.Clinics;
using IntegrationHub.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>
/// The resident's side of cases (API.md): submit, inbox, read, reply, download. Every call acts for
/// <c>principal.Acting</c> (the child in proxy mode, PX3); a case that is not theirs is 404 (CS4).
/// </summary>
internal static class CaseEndpoints
{
    private const string AttachmentBase = "/api/cases";
    private const int InboxPage = 100;

    /// <summary>Maps the case and clinic endpoints, resident and staff side.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/cases", SubmitAsync);
        endpoints.MapGet("/api/cases", GetInboxAsync);
        endpoints.MapGet("/api/cases/{id}", GetCaseAsync);
        endpoints.MapPost("/api/cases/{id}/messages", ReplyAsync);
        endpoints.MapGet("/api/cases/{id}/attachments/{attachmentId}", DownloadAsync);
        StaffCaseEndpoints.Map(endpoints);
        ClinicEndpoints.Map(endpoints);
    }

    private static Task<IResult> SubmitAsync(HttpContext context, HubGrains grains, IHsaDirectory hsa, IAttachmentStore attachments, CancellationToken ct) =>
        SubmitWithAsync(context, grains, hsa, UploadReaders.Api(context, attachments), ct);

    /// <summary>A new case, its body read by <paramref name="read"/> (the API's multipart, or a web page's form).</summary>
    internal static async Task<IResult> SubmitWithAsync(HttpContext context, HubGrains grains, IHsaDirectory hsa, UploadReader read, CancellationToken ct)
    {
        var principal = RequestPrincipal.Of(context);
        var acting = principal.Acting;
        var caseId = CaseRequests.NewCaseId();
        if (context.Request.Headers[CaseRequests.IdempotencyHeader] is { Count: > 0 } keys)
        {
            var key = keys.ToString();
            if (!CaseRequests.IsValidIdempotencyKey(key))
            {
                return CaseProblems.Request("Idempotency-Key must be 1 to 200 visible ASCII characters.");
            }

            caseId = CaseRequests.IdempotentCaseId(acting, key);
            if ((await grains.Case(caseId).GateForResidentAsync(acting)).Visible)
            {
                // The same key again: the same case, and the retried body is not read.
                return Results.Created($"/api/cases/{caseId}", new CaseCreatedView(caseId));
            }
        }

        CaseSubmission? draft = null;
        var (upload, refusal) = await read(caseId, "case", AttachmentSender.Resident, async json =>
        {
            var (check, submission) = await CheckFormAsync(json, principal.ActingFor is not null, grains, hsa, ct);
            draft = submission;
            return check;
        });
        if (upload is null)
        {
            return refusal!;
        }

        await using (upload)
        {
            var name = (await grains.Account(acting).GetProfileAsync()).Name;
            var result = await grains.Case(caseId).SubmitAsync(draft! with
            {
                ResidentPersonnummer = acting,
                ResidentName = name,
                SubmittedBy = principal.Subject,
                SubmittedByName = principal.Name,
                Attachments = upload.Attachments,
            });
            if (result.Succeeded && !result.AlreadyExisted)
            {
                upload.Accepted();
            }

            return result.Succeeded ? Results.Created($"/api/cases/{caseId}", new CaseCreatedView(caseId)) : CaseProblems.From(result.Code!);
        }
    }

    /// <summary>The case part: a clinic the HSA directory knows, a case type it has active, a valid form (CS1, CS2), PX4.</summary>
    private static async Task<(UploadCheck Check, CaseSubmission? Submission)> CheckFormAsync(
        JsonElement json, bool proxyMode, HubGrains grains, IHsaDirectory hsa, CancellationToken ct)
    {
        var clinicId = json.TryGetProperty("clinicId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var caseTypeId = json.TryGetProperty("caseType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (string.IsNullOrWhiteSpace(clinicId))
        {
            return (UploadCheck.Refuse(CaseProblems.Form("clinicId", FieldErrorCodes.Required, "Required.")), null);
        }

        // Only an HSA-id is asked about: the directory is no place for anything else a client may send.
        if (!HsaId.TryParse(clinicId, out var clinicHsaId))
        {
            return (UploadCheck.Refuse(CaseProblems.Form("clinicId", FieldErrorCodes.Invalid, "No such clinic.")), null);
        }

        HsaClinic? clinic;
        try
        {
            clinic = await hsa.FindClinicAsync(clinicHsaId.Value, ct);
        }
        catch (DirectoryUnavailableException)
        {
            return (UploadCheck.Refuse(CaseProblems.DirectoryDown()), null);
        }

        if (clinic is null)
        {
            return (UploadCheck.Refuse(CaseProblems.Form("clinicId", FieldErrorCodes.Invalid, "No such clinic.")), null);
        }

        var offered = caseTypeId is null ? null : (await grains.Clinic(clinic.HsaId).GetOfferAsync()).Find(caseTypeId);
        if (offered is not { Active: true } || !CaseTypeCatalog.TryGet(caseTypeId, out var caseType))
        {
            return (UploadCheck.Refuse(CaseProblems.Form("caseType", caseTypeId is null ? FieldErrorCodes.Required : FieldErrorCodes.NotAllowed, "The clinic does not offer this case type.")), null);
        }

        if (proxyMode && !offered.ProxyAllowed)
        {
            return (UploadCheck.Refuse(CaseProblems.ProxyRefused()), null);
        }

        var settings = ClinicCaseTypes.Settings(offered);
        var form = caseType.Validate(json.TryGetProperty("fields", out var fields) ? fields : default, settings);
        if (!form.IsValid)
        {
            return (UploadCheck.Refuse(CaseProblems.Form(form.Errors)), null);
        }

        var submission = new CaseSubmission(
            string.Empty, string.Empty, string.Empty, string.Empty, clinic.HsaId, clinic.Name, caseType.Id, caseType.DisplayName(settings), form.Fields.GetRawText(), []);
        return (new UploadCheck(null, offered.AttachmentsAllowed), submission);
    }

    /// <summary>
    /// The inbox: every live case of the acting resident with its messages, newest first, including the cases a clinic,
    /// the hub or a regional service started. Rows come from the resident-inbox index; each case answers for itself.
    /// </summary>
    internal static async Task<IResult> GetInboxAsync(HttpContext context, HubGrains grains, IIndexStore index, CancellationToken ct)
    {
        var acting = RequestPrincipal.Of(context).Acting;
        var rows = await index.QueryAsync(new IndexQuery(CaseIndexes.ResidentInbox, acting, Limit: InboxPage, Descending: true), ct);
        var views = await Task.WhenAll(rows.Select(r => grains.Case(r.EntryKey).GetForResidentAsync(acting)));
        return Results.Ok(new CaseInboxView([.. views.OfType<CaseView>().Select(v => CaseOutput.ForResident(v, AttachmentBase))]));
    }

    internal static async Task<IResult> GetCaseAsync(HttpContext context, string id, HubGrains grains)
    {
        if (!CaseRequests.IsCaseId(id))
        {
            return ApiProblem.NotFound();
        }

        // Opening a case reads its messages: the inbox counts them unread no more (reading is no event, CS7).
        var acting = RequestPrincipal.Of(context).Acting;
        var grain = grains.Case(id);
        var view = await grain.MarkReadByResidentAsync(acting) ? await grain.GetForResidentAsync(acting) : null;
        return view is null ? ApiProblem.NotFound() : Results.Ok(CaseOutput.ForResident(view, AttachmentBase));
    }

    private static Task<IResult> ReplyAsync(HttpContext context, string id, HubGrains grains, IAttachmentStore attachments) =>
        ReplyWithAsync(context, id, grains, UploadReaders.Api(context, attachments));

    /// <summary>The resident's message in a case, its body read by <paramref name="read"/>.</summary>
    internal static async Task<IResult> ReplyWithAsync(HttpContext context, string id, HubGrains grains, UploadReader read)
    {
        var principal = RequestPrincipal.Of(context);
        if (!CaseRequests.IsCaseId(id))
        {
            return ApiProblem.NotFound();
        }

        var grain = grains.Case(id);
        var gate = await grain.GateForResidentAsync(principal.Acting);
        if (!gate.Visible)
        {
            return ApiProblem.NotFound();
        }

        if (gate.Status == CaseStatuses.Closed || gate.ClinicId is null)
        {
            return CaseProblems.From(CaseCodes.CaseClosed);
        }

        var offered = gate.CaseType is null ? null : (await grains.Clinic(gate.ClinicId).GetOfferAsync()).Find(gate.CaseType);
        if (principal.ActingFor is not null && offered is { ProxyAllowed: false })
        {
            return CaseProblems.ProxyRefused();
        }

        string? text = null;
        var (upload, refusal) = await read(id, "message", AttachmentSender.Resident, json =>
        {
            text = CaseRequests.Text(json, "text", CaseRequests.MaxTextLength, out var error);
            return Task.FromResult(error is null
                ? new UploadCheck(null, offered?.AttachmentsAllowed ?? false)
                : UploadCheck.Refuse(CaseProblems.Form([error])));
        });
        if (upload is null)
        {
            return refusal!;
        }

        await using (upload)
        {
            var result = await grain.ReplyAsync(new ResidentCaseActor(principal.Acting, principal.Subject, principal.Name), new CaseMessageDraft(text, upload.Attachments));
            if (!result.Succeeded)
            {
                return CaseProblems.From(result.Code!);
            }

            upload.Accepted();
            return Results.Created($"/api/cases/{id}", new CaseCreatedView(id));
        }
    }

    private static async Task<IResult> DownloadAsync(HttpContext context, string id, string attachmentId, HubGrains grains, IAttachmentStore attachments)
    {
        if (!CaseRequests.IsCaseId(id) || !CaseRequests.IsCaseId(attachmentId))
        {
            return ApiProblem.NotFound();
        }

        var attachment = await grains.Case(id).FindAttachmentForResidentAsync(RequestPrincipal.Of(context).Acting, attachmentId);
        return await CaseRequests.DownloadAsync(attachments, id, attachment, context);
    }
}
