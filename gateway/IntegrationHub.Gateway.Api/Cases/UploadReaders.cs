using System.Text.Json;
using IntegrationHub.Store.Attachments;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>The two ways an upload arrives: from an API client, or from a web page's form without script.</summary>
internal static class UploadReaders
{
    /// <summary>multipart/form-data with one JSON part and any <c>file</c> parts.</summary>
    public static UploadReader Api(HttpContext context, IAttachmentStore store) =>
        (caseId, part, sender, check) => CaseUpload.ReadAsync(context.Request, part, sender, store, caseId, check, context.RequestAborted);

    /// <summary>A form's text fields, made into the API's JSON by <paramref name="formToJson"/>, then its files.</summary>
    public static UploadReader Form(HttpContext context, IAttachmentStore store, Func<IReadOnlyDictionary<string, string>, JsonElement> formToJson) =>
        (caseId, _, sender, check) => CaseUpload.ReadFormAsync(context.Request, formToJson, sender, store, caseId, check, context.RequestAborted);
}
