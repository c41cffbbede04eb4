using System.Text.Json;
using IntegrationHub.Domain.Attachments;
using IntegrationHub.Gateway.Text;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Store.Attachments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>
/// A multipart message (one JSON part, any number of <c>file</c> parts) read as it streams in (CS5): the JSON part is
/// checked the moment it arrives, the file count before each file is read, each file's type from its first bytes and
/// its size while it is streamed into the store, staged under the case, so nothing over 20 MB is ever buffered. The
/// case's commit of the message keeps the files (<see cref="Attachments"/>); disposing an upload whose message was
/// refused discards them.
/// </summary>
internal sealed class CaseUpload : IAsyncDisposable
{
    private const int MaxJsonBytes = 256 * 1024;
    private const string FilePart = "file";
    private const int MaxFileNameLength = 120;

    // MultipartReader's default 4 KB buffer makes a 1 MB file 256 reads of the request body, boundary scans and
    // copies; 64 KB (pooled, below the large-object heap) makes them 16.
    private const int MultipartBufferSize = 64 * 1024;

    private readonly List<CaseAttachment> files = [];
    private readonly IAttachmentStore store;
    private readonly string caseId;
    private bool accepted;

    private CaseUpload(IAttachmentStore store, string caseId)
    {
        this.store = store;
        this.caseId = caseId;
    }

    public JsonElement Json { get; private set; }

    /// <summary>The staged files, for the case's message: its commit keeps them.</summary>
    public IReadOnlyList<CaseAttachment> Attachments => files;

    /// <summary>Reads the whole upload; on a refusal the upload is already disposed and the refusal says why.</summary>
    public static Task<(CaseUpload? Upload, IResult? Refusal)> ReadAsync(
        HttpRequest request,
        string jsonPart,
        AttachmentSender sender,
        IAttachmentStore store,
        string caseId,
        Func<JsonElement, Task<UploadCheck>> checkJson,
        CancellationToken cancellationToken) =>
        ReadCoreAsync(request, jsonPart, formToJson: null, sender, store, caseId, checkJson, cancellationToken);

    /// <summary>
    /// A web page's form (multipart/form-data, no script needed): the text fields that come before the first file, made
    /// into the JSON the API takes by <paramref name="formToJson"/> and checked exactly as the API's JSON part is, then the
    /// files as the API reads them. A file input left empty (a part without a file name) is no file.
    /// </summary>
    public static Task<(CaseUpload? Upload, IResult? Refusal)> ReadFormAsync(
        HttpRequest request,
        Func<IReadOnlyDictionary<string, string>, JsonElement> formToJson,
        AttachmentSender sender,
        IAttachmentStore store,
        string caseId,
        Func<JsonElement, Task<UploadCheck>> checkJson,
        CancellationToken cancellationToken) =>
        ReadCoreAsync(request, "form", formToJson, sender, store, caseId, checkJson, cancellationToken);

    private static async Task<(CaseUpload? Upload, IResult? Refusal)> ReadCoreAsync(
        HttpRequest request,
        string jsonPart,
        Func<IReadOnlyDictionary<string, string>, JsonElement>? formToJson,
        AttachmentSender sender,
        IAttachmentStore store,
        string caseId,
        Func<JsonElement, Task<UploadCheck>> checkJson,
        CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !string.Equals(mediaType.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, CaseProblems.Request($"multipart/form-data expected, with a part '{jsonPart}' and any 'file' parts."));
        }

        var maxFiles = AttachmentLimits.MaxFilesPerMessage(sender);

        // The 20 MB limit per file is enforced while streaming; this only keeps the server's overall cap from refusing
        // a message of the most files of the largest size first.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = (maxFiles + 1) * (AttachmentLimits.MaxFileBytes + (1024 * 1024));
        }

        var upload = new CaseUpload(store, caseId);
        IResult? refusal;
        try
        {
            refusal = formToJson is null
                ? await upload.ReadPartsAsync(request.Body, boundary, jsonPart, sender, maxFiles, checkJson, cancellationToken)
                : await upload.ReadFormPartsAsync(request.Body, boundary, formToJson, sender, maxFiles, checkJson, cancellationToken);
        }
        catch
        {
            // Kestrel refused the body (over its limit, cut off), it ended before its closing boundary (400 from the
            // gateway's exception handler), or the client went away: no file staged so far stays.
            await upload.DisposeAsync();
            throw;
        }

        if (refusal is null)
        {
            return (upload, null);
        }

        await upload.DisposeAsync();
        return (null, refusal);
    }

    /// <summary>The case committed the message with these files: they are the case's now, not to be discarded.</summary>
    public void Accepted() => accepted = true;

    public async ValueTask DisposeAsync()
    {
        if (!accepted && files.Count > 0)
        {
            // Not the client's request: a refused message's files go even if the client went away meanwhile.
            await store.DiscardAsync(caseId, [.. files.Select(f => f.Id)], CancellationToken.None);
        }
    }

    private async Task<IResult?> ReadPartsAsync(
        Stream body,
        string boundary,
        string jsonPart,
        AttachmentSender sender,
        int maxFiles,
        Func<JsonElement, Task<UploadCheck>> checkJson,
        CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, body, MultipartBufferSize);
        bool? attachmentsAllowed = null;
        var fileCount = 0;
        MultipartSection? section;
        try
        {
            while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    return CaseProblems.Request("Every part needs a Content-Disposition with a name.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (string.Equals(name, jsonPart, StringComparison.Ordinal))
                {
                    if (attachmentsAllowed is not null)
                    {
                        return CaseProblems.Request($"Only one part '{jsonPart}'.");
                    }

                    var (json, unreadable) = await ReadJsonAsync(section.Body, jsonPart, cancellationToken);
                    if (unreadable is not null)
                    {
                        return unreadable;
                    }

                    Json = json;
                    var check = await checkJson(Json);
                    if (check.Refusal is not null)
                    {
                        return check.Refusal;
                    }

                    attachmentsAllowed = check.AttachmentsAllowed;
                    if (CheckCount(sender, fileCount, attachmentsAllowed.Value) is { } failure)
                    {
                        return CaseProblems.Attachment(failure);
                    }
                }
                else if (string.Equals(name, FilePart, StringComparison.Ordinal))
                {
                    fileCount++;
                    if (CheckCount(sender, fileCount, attachmentsAllowed ?? true) is { } failure)
                    {
                        return CaseProblems.Attachment(failure);
                    }

                    var refusal = await StageAsync(section.Body, FileNameOf(disposition), cancellationToken);
                    if (refusal is not null)
                    {
                        return refusal;
                    }
                }
                else
                {
                    return CaseProblems.Request($"Unknown part '{name}': only '{jsonPart}' and 'file'.");
                }
            }
        }
        catch (InvalidDataException)
        {
            return CaseProblems.Request("The multipart body is malformed.");
        }

        return attachmentsAllowed is null ? CaseProblems.Request($"The part '{jsonPart}' is required.") : null;
    }

    /// <summary>
    /// The web form: text parts (at most 256 kB together) until the first file part, then the check, then the files. A file
    /// part without a file name is an empty file input and is skipped.
    /// </summary>
    private async Task<IResult?> ReadFormPartsAsync(
        Stream body,
        string boundary,
        Func<IReadOnlyDictionary<string, string>, JsonElement> formToJson,
        AttachmentSender sender,
        int maxFiles,
        Func<JsonElement, Task<UploadCheck>> checkJson,
        CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, body, MultipartBufferSize);
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        long formBytes = 0;
        bool? attachmentsAllowed = null;
        var fileCount = 0;
        try
        {
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    return CaseProblems.Request("Every part needs a Content-Disposition with a name.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                var isFile = disposition.IsFileDisposition();
                if (!isFile)
                {
                    if (attachmentsAllowed is not null)
                    {
                        return CaseProblems.Request("The form's fields come before its files.");
                    }

                    using var text = new StreamReader(new SizeLimitedStream(section.Body, MaxJsonBytes - formBytes));
                    var value = await text.ReadToEndAsync(cancellationToken);
                    formBytes += System.Text.Encoding.UTF8.GetByteCount(value) + name.Length;
                    form[name] = value;
                    continue;
                }

                if (attachmentsAllowed is null)
                {
                    var check = await CheckAsync(formToJson(form), checkJson, sender, fileCount);
                    if (check.Refusal is not null)
                    {
                        return check.Refusal;
                    }

                    attachmentsAllowed = check.AttachmentsAllowed;
                }

                if (string.IsNullOrEmpty(HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value))
                {
                    // An empty file input: the browser sends a part without a file name.
                    await section.Body.DrainAsync(cancellationToken);
                    continue;
                }

                fileCount++;
                if (CheckCount(sender, fileCount, attachmentsAllowed.Value) is { } failure)
                {
                    return CaseProblems.Attachment(failure);
                }

                if (await StageAsync(section.Body, FileNameOf(disposition), cancellationToken) is { } refusal)
                {
                    return refusal;
                }
            }
        }
        catch (InvalidDataException)
        {
            return CaseProblems.Request("The multipart body is malformed.");
        }
        catch (AttachmentTooLargeException)
        {
            return CaseProblems.Request("The form's fields are larger than 256 kB.");
        }

        return attachmentsAllowed is null ? (await CheckAsync(formToJson(form), checkJson, sender, 0)).Refusal : null;
    }

    private async Task<UploadCheck> CheckAsync(JsonElement json, Func<JsonElement, Task<UploadCheck>> checkJson, AttachmentSender sender, int fileCount)
    {
        Json = json;
        var check = await checkJson(json);
        return check.Refusal is null && CheckCount(sender, fileCount, check.AttachmentsAllowed) is { } failure
            ? UploadCheck.Refuse(CaseProblems.Attachment(failure))
            : check;
    }

    /// <summary>
    /// CS5 per message. Where the JSON part says no files may come (a case type without attachments for a resident, an
    /// assignment without a partial answer for a receiver), any file is refused, staff's included.
    /// </summary>
    private static AttachmentFailure? CheckCount(AttachmentSender sender, int fileCount, bool attachmentsAllowed) =>
        fileCount > 0 && !attachmentsAllowed ? AttachmentFailure.NotAllowed : AttachmentLimits.CheckFileCount(sender, fileCount, attachmentsAllowed);

    private async Task<IResult?> StageAsync(Stream source, string fileName, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        AttachmentCopyResult result;
        await using (var destination = await store.BeginUploadAsync(caseId, id, cancellationToken))
        {
            result = await AttachmentCopier.CopyAsync(source, destination, cancellationToken);
            if (result.Succeeded)
            {
                await destination.CompleteAsync(cancellationToken);
            }
        }

        if (!result.Succeeded)
        {
            await store.DiscardAsync(caseId, [id], CancellationToken.None);
            return CaseProblems.Attachment(result.Failure!.Value);
        }

        // Served under the type its bytes have: a PNG called .pdf is offered as .png.
        var type = result.ContentType!;
        files.Add(new CaseAttachment(id, Path.GetFileNameWithoutExtension(fileName) + type.FileExtension, type.MediaType, result.Length));
        return null;
    }

    /// <summary>The JSON part: an object of at most 256 kB whose text is fit (<see cref="JsonText"/>), or the refusal.</summary>
    private static async Task<(JsonElement Json, IResult? Refusal)> ReadJsonAsync(Stream body, string jsonPart, CancellationToken cancellationToken)
    {
        JsonElement root;
        try
        {
            await using var limited = new SizeLimitedStream(body, MaxJsonBytes);
            using var document = await JsonDocument.ParseAsync(limited, cancellationToken: cancellationToken);
            root = document.RootElement.Clone();
        }
        catch (Exception e) when (e is JsonException or AttachmentTooLargeException)
        {
            root = default;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (default, CaseProblems.Request($"The part '{jsonPart}' must be a JSON object of at most 256 kB."));
        }

        return JsonText.FindUnfit(root) is { } path ? (default, CaseProblems.UnfitText(path)) : (root, null);
    }

    private static string FileNameOf(ContentDispositionHeaderValue disposition)
    {
        var raw = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value
            ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value
            ?? string.Empty;
        var name = new string(Path.GetFileName(raw.Replace('\\', '/')).Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':')).ToArray()).Trim();
        if (name.Length > MaxFileNameLength)
        {
            name = name[..MaxFileNameLength];
        }

        return name.Length == 0 || name.StartsWith('.') ? "bilaga" + name : name;
    }
}
