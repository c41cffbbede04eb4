using System.Text.Json;
using IntegrationHub.Domain.Attachments;
using IntegrationHub.Grains.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>
/// A multipart message (one JSON part, any number of <c>file</c> parts) read as it streams in (CS5): the JSON part is
/// checked the moment it arrives, the file count before each file is read, each file's type from its first bytes and
/// its size while it is copied to a temporary file, so nothing over 20 MB is ever buffered. Disposing discards every
/// file not kept.
/// </summary>
internal sealed class CaseUpload : IDisposable
{
    private const int MaxJsonBytes = 256 * 1024;
    private const string FilePart = "file";
    private const int MaxFileNameLength = 120;

    // MultipartReader's default 4 KB buffer makes a 1 MB file 256 reads of the request body, boundary scans and
    // copies; 64 KB (pooled, below the large-object heap) makes them 16.
    private const int MultipartBufferSize = 64 * 1024;

    private readonly List<StagedFile> files = [];
    private readonly HashSet<string> kept = [];

    private CaseUpload()
    {
    }

    public JsonElement Json { get; private set; }

    public IReadOnlyList<StagedFile> Files => files;

    /// <summary>Reads the whole upload; on a refusal the upload is already disposed and the refusal says why.</summary>
    public static async Task<(CaseUpload? Upload, IResult? Refusal)> ReadAsync(
        HttpRequest request,
        string jsonPart,
        AttachmentSender sender,
        CaseFileStore store,
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

        var upload = new CaseUpload();
        var refusal = await upload.ReadCoreAsync(request.Body, boundary, jsonPart, sender, maxFiles, store, checkJson, cancellationToken);
        if (refusal is null)
        {
            return (upload, null);
        }

        upload.Dispose();
        return (null, refusal);
    }

    /// <summary>Moves every file into the case's folder; the ids and names go into the case's state.</summary>
    public IReadOnlyList<CaseAttachment> Keep(CaseFileStore store, string caseId)
    {
        var attachments = new List<CaseAttachment>();
        foreach (var file in files)
        {
            store.Keep(file.TempPath, caseId, file.Id);
            kept.Add(file.Id);
            attachments.Add(new CaseAttachment(file.Id, file.FileName, file.ContentType.MediaType, file.Size));
        }

        return attachments;
    }

    public void Dispose()
    {
        foreach (var file in files.Where(f => !kept.Contains(f.Id)))
        {
            CaseFileStore.Discard(file.TempPath);
        }
    }

    private async Task<IResult?> ReadCoreAsync(
        Stream body,
        string boundary,
        string jsonPart,
        AttachmentSender sender,
        int maxFiles,
        CaseFileStore store,
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

                    var json = await ReadJsonAsync(section.Body, cancellationToken);
                    if (json is null)
                    {
                        return CaseProblems.Request($"The part '{jsonPart}' must be a JSON object of at most 256 kB.");
                    }

                    Json = json.Value;
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

                    var refusal = await StageAsync(section.Body, FileNameOf(disposition), store, cancellationToken);
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
    /// CS5 per message. Where the JSON part says no files may come (a case type without attachments for a resident, an
    /// assignment without a partial answer for a receiver), any file is refused, staff's included.
    /// </summary>
    private static AttachmentFailure? CheckCount(AttachmentSender sender, int fileCount, bool attachmentsAllowed) =>
        fileCount > 0 && !attachmentsAllowed ? AttachmentFailure.NotAllowed : AttachmentLimits.CheckFileCount(sender, fileCount, attachmentsAllowed);

    private async Task<IResult?> StageAsync(Stream source, string fileName, CaseFileStore store, CancellationToken cancellationToken)
    {
        string path;
        AttachmentCopyResult result;
        await using (var destination = store.CreateIncoming(out path))
        {
            result = await AttachmentCopier.CopyAsync(source, destination, cancellationToken);
        }

        if (!result.Succeeded)
        {
            CaseFileStore.Discard(path);
            return CaseProblems.Attachment(result.Failure!.Value);
        }

        // Served under the type its bytes have: a PNG called .pdf is offered as .png.
        var type = result.ContentType!;
        files.Add(new StagedFile(Guid.NewGuid().ToString("N"), path, Path.GetFileNameWithoutExtension(fileName) + type.FileExtension, type, result.Length));
        return null;
    }

    private static async Task<JsonElement?> ReadJsonAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            await using var limited = new SizeLimitedStream(body, MaxJsonBytes);
            using var document = await JsonDocument.ParseAsync(limited, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (AttachmentTooLargeException)
        {
            return null;
        }
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
