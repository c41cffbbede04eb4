using System.Text.Json;
using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Domain.Attachments;
using IntegrationHub.Gateway.Api.Cases;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Contracts.Clinics;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Store.Attachments;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Gateway.Web.Pages.Personal;

/// <summary>
/// <c>/personal/arenden/{id}</c>: the case page. Each view is read through the same helper as <c>GET /staff/cases/{id}</c>,
/// so each is audit-logged (CS4, ST2); assign (with a partial answer), answer, counter-question (with files) and close go
/// through the API's helpers too, and the grain decides who may.
/// </summary>
[IgnoreAntiforgeryToken(Order = 1001)]
[StreamedForm]
internal sealed class ArendeModel(HubGrains grains, IHsaDirectory hsa, IAttachmentStore attachments, IAntiforgery antiforgery) : StaffPageModel(grains)
{
    public CaseOutput? Case { get; private set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public string? FileError { get; private set; }

    public string? TextError { get; private set; }

    public string? Text { get; private set; }

    public int MaxFiles => WebUpload.MaxFiles(AttachmentSender.Staff);

    public bool IsReceiver => Case?.Clinic is { } clinic && Staff.HasClinicRight(clinic.Id, ClinicRights.Receiver);

    public bool IsHandler => Case?.AssignedHandler == Staff.HsaId;

    public bool Open => Case is { Status: not CaseStatuses.Closed };

    public async Task<IActionResult> OnGetAsync(string id, string? klart)
    {
        Done = klart switch
        {
            "tilldelat" => "Ärendet är tilldelat.",
            "svarat" => "Svaret är skickat till invånaren.",
            "motfraga" => "Motfrågan är skickad till invånaren.",
            "avslutat" => "Ärendet är avslutat.",
            _ => null,
        };
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAssignAsync(string id)
    {
        var upload = new WebUpload(HttpContext, attachments, form => JsonSerializer.SerializeToElement(new
        {
            handlerHsaId = form.TryGetValue("handlerHsaId", out var handler) ? handler.Trim() : null,
            partialAnswer = form.TryGetValue("partialAnswer", out var partial) && !string.IsNullOrWhiteSpace(partial) ? partial : null,
        }));
        return await AfterAsync(id, await StaffCaseEndpoints.AssignWithAsync(HttpContext, id, Grains, hsa, upload.Reader, HttpContext.RequestAborted), upload, "tilldelat");
    }

    public Task<IActionResult> OnPostAnswerAsync(string id) => RespondAsync(id, CaseMessageKinds.Answer, "svarat");

    public Task<IActionResult> OnPostCounterQuestionAsync(string id) => RespondAsync(id, CaseMessageKinds.CounterQuestion, "motfraga");

    public async Task<IActionResult> OnPostCloseAsync(string id)
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            Error = Words.Refusal(WebUpload.FormExpired);
            return await LoadAsync(id) ? Page() : NotFound();
        }

        var result = await StaffCaseEndpoints.CloseAsync(HttpContext, id, Grains);
        return await AfterAsync(id, result, upload: null, "avslutat");
    }

    private async Task<IActionResult> RespondAsync(string id, string kind, string done)
    {
        var upload = new WebUpload(HttpContext, attachments, WebUpload.MessageJson);
        return await AfterAsync(id, await StaffCaseEndpoints.RespondAsync(HttpContext, id, kind, Grains, upload.Reader), upload, done);
    }

    private async Task<IActionResult> AfterAsync(string id, IResult result, WebUpload? upload, string done)
    {
        if (ApiAnswer.Succeeded(result))
        {
            return Redirect($"/personal/arenden/{id}?klart={done}");
        }

        Text = upload?.Form.TryGetValue("text", out var text) == true ? text : null;
        FileError = ApiAnswer.FileRefusal(result);
        if (FileError is null && ApiAnswer.Errors(result) is { Count: > 0 } errors)
        {
            var field = errors[0].Field;
            Error = field == "handlerHsaId" ? "Ange HSA-id för en ärendehanterare vid mottagningen." : "Skriv ett meddelande.";
            TextError = field == "text" ? Error : null;
        }
        else if (FileError is null)
        {
            Error = Words.Refusal(ApiAnswer.Code(result));
        }

        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id)
    {
        Case = ApiAnswer.Value<CaseOutput>(await StaffCaseEndpoints.GetCaseAsync(HttpContext, id, Grains));
        return Case is not null;
    }
}
