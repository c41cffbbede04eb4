using IntegrationHub.Store.Attachments;
using IntegrationHub.Grains.Contracts.Keys;
using System.Text.Json;
using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Domain.Attachments;
using IntegrationHub.Domain.Cases;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Contracts.Clinics;
using IntegrationHub.Identity;
using IntegrationHub.Gateway.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>
/// The staff side of cases (CS3, CS4, CS5, CS8): read (audit-logged), assign with an optional partial answer, answer,
/// counter-question, close, download, and a new case started by the clinic. Staff of other clinics get 404 for a case;
/// the clinic's own staff get 404 for what they may not read and 403 for a write they may not make.
/// </summary>
internal static class StaffCaseEndpoints
{
    private const string AttachmentBase = "/staff/cases";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/staff/cases/{id}", GetCaseAsync);
        endpoints.MapPost("/staff/cases/{id}/assign", AssignAsync);
        endpoints.MapPost("/staff/cases/{id}/answer", (HttpContext context, string id, HubGrains grains, IAttachmentStore attachments) =>
            RespondAsync(context, id, CaseMessageKinds.Answer, grains, UploadReaders.Api(context, attachments)));
        endpoints.MapPost("/staff/cases/{id}/counter-question", (HttpContext context, string id, HubGrains grains, IAttachmentStore attachments) =>
            RespondAsync(context, id, CaseMessageKinds.CounterQuestion, grains, UploadReaders.Api(context, attachments)));
        endpoints.MapPost("/staff/cases/{id}/close", CloseAsync);
        endpoints.MapGet("/staff/cases/{id}/attachments/{attachmentId}", DownloadAsync);
        endpoints.MapPost("/staff/messages", SendMessageAsync);
    }

    private static StaffCaseActor Actor(HttpContext context) => new(RequestPrincipal.StaffOf(context), RequestPrincipal.Of(context).Name);

    internal static async Task<IResult> GetCaseAsync(HttpContext context, string id, HubGrains grains)
    {
        if (!CaseRequests.IsCaseId(id))
        {
            return ApiProblem.NotFound();
        }

        var view = await grains.Case(id).ReadForStaffAsync(Actor(context));
        return view is null ? ApiProblem.NotFound() : Results.Ok(CaseOutput.ForStaff(view, AttachmentBase));
    }

    /// <summary>
    /// <c>{handlerHsaId, partialAnswer?}</c> as JSON, or as the part <c>assign</c> of a multipart body whose <c>file</c>
    /// parts go with the partial answer (CS5: a receiver attaches only with a partial answer when assigning).
    /// </summary>
    private static Task<IResult> AssignAsync(HttpContext context, string id, HubGrains grains, IHsaDirectory hsa, IAttachmentStore attachments, CancellationToken ct) =>
        AssignWithAsync(context, id, grains, hsa, context.Request.HasJsonContentType() ? null : UploadReaders.Api(context, attachments), ct);

    /// <summary>An assignment; <paramref name="read"/> null reads a JSON body, else a multipart body (or a web page's form).</summary>
    internal static async Task<IResult> AssignWithAsync(HttpContext context, string id, HubGrains grains, IHsaDirectory hsa, UploadReader? read, CancellationToken ct)
    {
        var (actor, grain, gate, refused) = await OpenCaseAsync(context, id, grains, gate => gate.IsReceiver);
        if (refused is not null)
        {
            return refused;
        }

        string? handler = null;
        string? partialAnswer = null;
        async Task<UploadCheck> CheckAsync(JsonElement json)
        {
            handler = json.TryGetProperty("handlerHsaId", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
            if (json.TryGetProperty("partialAnswer", out var p) && p.ValueKind != JsonValueKind.Null)
            {
                partialAnswer = CaseRequests.Text(json, "partialAnswer", CaseRequests.MaxTextLength, out var error);
                if (error is not null)
                {
                    return UploadCheck.Refuse(CaseProblems.Form([error]));
                }
            }

            var refusal = await CheckHandlerAsync(handler, gate!.ClinicId!, hsa, ct);
            return refusal is null ? new UploadCheck(null, partialAnswer is not null) : UploadCheck.Refuse(refusal);
        }

        CaseUpload? upload = null;
        if (read is null)
        {
            JsonElement body;
            try
            {
                body = await context.Request.ReadFromJsonAsync<JsonElement>(ct);
            }
            catch (JsonException)
            {
                return CaseProblems.Request("The body must be JSON: {handlerHsaId, partialAnswer?}.");
            }

            var check = body.ValueKind != JsonValueKind.Object ? UploadCheck.Refuse(CaseProblems.Request("The body must be a JSON object."))
                : JsonText.FindUnfit(body) is { } unfit ? UploadCheck.Refuse(CaseProblems.UnfitText(unfit))
                : await CheckAsync(body);
            if (check.Refusal is not null)
            {
                return check.Refusal;
            }
        }
        else
        {
            (upload, var refusal) = await read(id, "assign", AttachmentSender.Staff, CheckAsync);
            if (upload is null)
            {
                return refusal!;
            }
        }

        await using (upload)
        {
            var result = await grain.AssignAsync(actor, handler!, partialAnswer is null ? null : new CaseMessageDraft(partialAnswer, upload?.Attachments ?? []));
            if (!result.Succeeded)
            {
                return CaseProblems.From(result.Code!);
            }

            upload?.Accepted();
            return Results.NoContent();
        }
    }

    /// <summary>The handler named must hold the handler right at the case's clinic in the HSA directory.</summary>
    private static async Task<IResult?> CheckHandlerAsync(string? handlerHsaId, string clinicId, IHsaDirectory hsa, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(handlerHsaId))
        {
            return CaseProblems.Form("handlerHsaId", FieldErrorCodes.Required, "Required.");
        }

        if (!HsaId.TryParse(handlerHsaId, out var hsaId))
        {
            return CaseProblems.Form("handlerHsaId", FieldErrorCodes.Invalid, "Not an HSA-id.");
        }

        HsaStaffMember? member;
        try
        {
            member = await hsa.FindStaffAsync(hsaId.Value, ct);
        }
        catch (DirectoryUnavailableException)
        {
            return CaseProblems.DirectoryDown();
        }

        var isHandler = member?.Clinics.Any(c => c.ClinicHsaId == clinicId && c.Rights.Contains(ClinicRights.Handler, StringComparer.Ordinal)) ?? false;
        return isHandler ? null : CaseProblems.Form("handlerHsaId", FieldErrorCodes.Invalid, "Not a case handler at the case's clinic.");
    }

    /// <summary>The assigned handler's answer or counter-question (<paramref name="kind"/>), its body read by <paramref name="read"/>.</summary>
    internal static async Task<IResult> RespondAsync(HttpContext context, string id, string kind, HubGrains grains, UploadReader read)
    {
        var (actor, grain, gate, refused) = await OpenCaseAsync(context, id, grains, gate => gate.IsAssignedHandler);
        if (refused is not null)
        {
            return refused;
        }

        string? text = null;
        var (upload, refusal) = await read(id, "message", AttachmentSender.Staff, json =>
        {
            text = CaseRequests.Text(json, "text", CaseRequests.MaxTextLength, out var error);
            return Task.FromResult(error is null ? new UploadCheck(null, true) : UploadCheck.Refuse(CaseProblems.Form([error])));
        });
        if (upload is null)
        {
            return refusal!;
        }

        await using (upload)
        {
            var result = await grain.RespondAsync(actor, kind, new CaseMessageDraft(text, upload.Attachments));
            if (!result.Succeeded)
            {
                return CaseProblems.From(result.Code!);
            }

            upload.Accepted();
            return Results.Created($"/staff/cases/{id}", new CaseCreatedView(id));
        }
    }

    internal static async Task<IResult> CloseAsync(HttpContext context, string id, HubGrains grains)
    {
        if (!CaseRequests.IsCaseId(id))
        {
            return ApiProblem.NotFound();
        }

        var result = await grains.Case(id).CloseAsync(Actor(context));
        return result.Succeeded ? Results.NoContent() : CaseProblems.From(result.Code!);
    }

    private static async Task<IResult> DownloadAsync(HttpContext context, string id, string attachmentId, HubGrains grains, IAttachmentStore attachments)
    {
        if (!CaseRequests.IsCaseId(id) || !CaseRequests.IsCaseId(attachmentId))
        {
            return ApiProblem.NotFound();
        }

        var attachment = await grains.Case(id).ReadAttachmentForStaffAsync(Actor(context), attachmentId);
        return await CaseRequests.DownloadAsync(attachments, id, attachment, context);
    }

    /// <summary>A new case started by the clinic (CS8: never to a locked or inactive account; the registry is asked).</summary>
    internal static async Task<IResult> SendMessageAsync(HttpContext context, StaffMessageBody body, HubGrains grains, IHsaDirectory hsa, CancellationToken ct)
    {
        if (!Personnummer.TryParse(body.Personnummer, out var personnummer))
        {
            return ApiProblem.BadRequest(IdentityErrorCodes.InvalidIdentityNumber, "personnummer must be 12 digits with a valid check digit.");
        }

        var actor = Actor(context);
        if (string.IsNullOrWhiteSpace(body.ClinicId)
            || !(actor.Staff.HasClinicRight(body.ClinicId, ClinicRights.Receiver) || actor.Staff.HasClinicRight(body.ClinicId, ClinicRights.Handler)))
        {
            return ApiProblem.Forbidden(CaseCodes.NotAuthorised, "Only the clinic's receivers and handlers send messages from it.");
        }

        var json = JsonSerializer.SerializeToElement(new { subject = body.Subject, text = body.Text });
        var subject = CaseRequests.Text(json, "subject", CaseRequests.MaxSubjectLength, out var subjectError);
        var text = CaseRequests.Text(json, "text", CaseRequests.MaxTextLength, out var textError);
        if (subjectError is not null || textError is not null)
        {
            return CaseProblems.Form([.. new[] { subjectError, textError }.OfType<FieldError>()]);
        }

        HsaClinic? clinic;
        try
        {
            clinic = await hsa.FindClinicAsync(body.ClinicId, ct);
        }
        catch (DirectoryUnavailableException)
        {
            return CaseProblems.DirectoryDown();
        }

        var id = CaseRequests.NewCaseId();
        var result = await grains.Case(id).OpenAsync(new CaseOpening(
            CaseOrigin.Clinic, personnummer.Value, body.ClinicId, clinic?.Name, subject!, text!, actor.Staff.HsaId, actor.Name));
        return result.Succeeded ? Results.Created($"/staff/cases/{id}", new CaseCreatedView(id)) : CaseProblems.From(result.Code!);
    }

    /// <summary>
    /// The checks before a staff write to an open case: 404 for staff of other clinics (CS4), 403 for the case's clinic's
    /// own staff without the right (API.md: "403 unless the assigned handler", "403 unless receiver"), even where they may
    /// not read it, 409 when closed.
    /// </summary>
    private static async Task<(StaffCaseActor Actor, ICaseGrain Grain, CaseGate? Gate, IResult? Refused)> OpenCaseAsync(
        HttpContext context, string id, HubGrains grains, Func<CaseGate, bool> mayWrite)
    {
        var actor = Actor(context);
        if (!CaseRequests.IsCaseId(id))
        {
            return (actor, null!, null, ApiProblem.NotFound());
        }

        var grain = grains.Case(id);
        var gate = await grain.GateForStaffAsync(actor.Staff);
        IResult? refused = !gate.Visible ? (gate.AtClinic ? CaseProblems.From(CaseCodes.NotAuthorised) : ApiProblem.NotFound())
            : !mayWrite(gate) ? CaseProblems.From(CaseCodes.NotAuthorised)
            : gate.Status == CaseStatuses.Closed ? CaseProblems.From(CaseCodes.CaseClosed)
            : null;
        return (actor, grain, gate, refused);
    }
}
