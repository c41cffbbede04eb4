using System.Text.Json;
using IntegrationHub.Domain.Attachments;
using IntegrationHub.Gateway.Api;
using IntegrationHub.Gateway.Api.Cases;
using IntegrationHub.Gateway.Web.Security;
using IntegrationHub.Store.Attachments;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Web.Forms;

/// <summary>
/// A page's form with files, read as it streams in by the API's own upload reader (<see cref="CaseUpload"/>): nothing is
/// buffered, and no file is staged before the form's antiforgery token (the first field) and its fields have passed the
/// same checks as an API client's JSON. The fields stay at hand for showing the form again after a refusal.
/// </summary>
internal sealed class WebUpload(HttpContext context, IAttachmentStore store, Func<IReadOnlyDictionary<string, string>, JsonElement> formToJson)
{
    public const string FormExpired = "form_expired";

    public IReadOnlyDictionary<string, string> Form { get; private set; } = new Dictionary<string, string>();

    /// <summary>The reader to hand to the endpoint helper (submit, reply, answer, assign).</summary>
    public UploadReader Reader => (caseId, _, sender, check) => CaseUpload.ReadFormAsync(
        context.Request,
        form =>
        {
            Form = form;
            return formToJson(form);
        },
        sender,
        store,
        caseId,
        json => TokenValid() ? check(json) : Task.FromResult(UploadCheck.Refuse(ApiProblem.Forbidden(FormExpired, "The form's token does not belong to this session."))),
        context.RequestAborted);

    /// <summary>A form of a single text field (<c>text</c>) as the API's message JSON.</summary>
    public static JsonElement MessageJson(IReadOnlyDictionary<string, string> form) =>
        JsonSerializer.SerializeToElement(new { text = form.TryGetValue("text", out var text) ? text : null });

    /// <summary>The largest number of files the page lets one choose, as the server counts them (CS5).</summary>
    public static int MaxFiles(AttachmentSender sender) => AttachmentLimits.MaxFilesPerMessage(sender);

    private bool TokenValid() =>
        SessionBoundAntiforgery.IsValid(context, Form.TryGetValue(SessionBoundAntiforgery.FormFieldName, out var token) ? token : null);
}
