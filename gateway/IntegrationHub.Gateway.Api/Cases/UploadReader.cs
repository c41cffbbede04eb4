using System.Text.Json;
using IntegrationHub.Domain.Attachments;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>
/// How an upload's body is read (<see cref="UploadReaders"/>): the API's multipart with a JSON part, or a web page's
/// form. Either way the same check runs on the same JSON before any file is read.
/// </summary>
internal delegate Task<(CaseUpload? Upload, IResult? Refusal)> UploadReader(
    string caseId, string jsonPart, AttachmentSender sender, Func<JsonElement, Task<UploadCheck>> check);
