using IntegrationHub.Store.Attachments;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>How an API client's upload is read; a web page's form is read by the pages' own reader over <see cref="CaseUpload.ReadFormAsync"/>.</summary>
internal static class UploadReaders
{
    /// <summary>multipart/form-data with one JSON part and any <c>file</c> parts.</summary>
    public static UploadReader Api(HttpContext context, IAttachmentStore store) =>
        (caseId, part, sender, check) => CaseUpload.ReadAsync(context.Request, part, sender, store, caseId, check, context.RequestAborted);
}
