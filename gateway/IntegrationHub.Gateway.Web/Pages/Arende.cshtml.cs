using IntegrationHub.Domain.Attachments;
using IntegrationHub.Gateway.Api.Cases;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Store.Attachments;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary>
/// <c>/inkorg/{id}</c>: one case with its messages and attachments (CS6: download only), and the reply form, e.g. to
/// answer a counter-question. Reading it marks its messages read; the reply goes through the same helper as
/// <c>POST /api/cases/{id}/messages</c>.
/// </summary>
[IgnoreAntiforgeryToken(Order = 1001)]
[StreamedForm]
internal sealed class ArendeModel(HubGrains grains, IAttachmentStore attachments) : ResidentPageModel(grains)
{
    public CaseOutput? Case { get; private set; }

    public string? Text { get; private set; }

    public string? TextError { get; private set; }

    public string? FileError { get; private set; }

    public string? Error { get; private set; }

    public bool Replied { get; private set; }

    public int MaxFiles => WebUpload.MaxFiles(AttachmentSender.Resident);

    public bool Open => Case is { Status: not CaseStatuses.Closed, Clinic: not null };

    public async Task<IActionResult> OnGetAsync(string id, bool besvarat = false)
    {
        Replied = besvarat;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var upload = new WebUpload(HttpContext, attachments, WebUpload.MessageJson);
        var result = await CaseEndpoints.ReplyWithAsync(HttpContext, id, Grains, upload.Reader);
        if (ApiAnswer.Succeeded(result))
        {
            return Redirect($"/inkorg/{id}?besvarat=true");
        }

        Text = upload.Form.TryGetValue("text", out var text) ? text : null;
        FileError = ApiAnswer.FileRefusal(result);
        TextError = ApiAnswer.Errors(result).Count > 0 ? "Skriv ditt svar." : null;
        Error = FileError is null && TextError is null ? Words.Refusal(ApiAnswer.Code(result)) : null;

        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id)
    {
        Case = ApiAnswer.Value<CaseOutput>(await CaseEndpoints.GetCaseAsync(HttpContext, id, Grains));
        return Case is not null;
    }
}
