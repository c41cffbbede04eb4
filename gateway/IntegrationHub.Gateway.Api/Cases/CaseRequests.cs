using IntegrationHub.Store.Attachments;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntegrationHub.Domain.Cases;
using IntegrationHub.Grains.Contracts.Cases;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>What the case endpoints share: ids, message text, attachment downloads.</summary>
internal static class CaseRequests
{
    public const int MaxTextLength = 10_000;
    public const int MaxSubjectLength = 200;
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>A case id as the hub makes them: 32 lower-case hex digits (anything else is no case: 404).</summary>
    public static bool IsCaseId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    /// <summary>
    /// The case id a retried submit reuses: derived from the acting resident and their key, so the same key from
    /// another resident is another case, and the id shows neither.
    /// </summary>
    public static string IdempotentCaseId(string acting, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"case-submit\n{acting}\n{key}")).AsSpan(0, 16));

    public static bool IsValidIdempotencyKey(string key) => key.Length is > 0 and <= 200 && key.All(c => c is >= '!' and <= '~');

    public static string NewCaseId() => Guid.CreateVersion7().ToString("N");

    /// <summary>The text of a message: required, at most 10,000 characters; null with the field error otherwise.</summary>
    public static string? Text(JsonElement json, string field, int maxLength, out FieldError? error)
    {
        error = null;
        if (!json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            error = new FieldError(field, FieldErrorCodes.Required, "Required.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error = new FieldError(field, FieldErrorCodes.Invalid, "Must be text.");
            return null;
        }

        var text = value.GetString()!.Trim().Normalize(NormalizationForm.FormC);
        if (text.Length == 0)
        {
            error = new FieldError(field, FieldErrorCodes.Required, "Required.");
            return null;
        }

        if (text.Length > maxLength)
        {
            error = new FieldError(field, FieldErrorCodes.TooLong, $"At most {maxLength} characters.");
            return null;
        }

        return text;
    }

    /// <summary>CS6, SEC2: a download, never shown inline, never cached, never sniffed into another type.</summary>
    public static async Task<IResult> DownloadAsync(IAttachmentStore store, string caseId, CaseAttachment? attachment, HttpContext context)
    {
        var stream = attachment is null ? null : await store.OpenReadAsync(caseId, attachment.Id, context.RequestAborted);
        if (stream is null)
        {
            return ApiProblem.NotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(stream, attachment!.ContentType, attachment.FileName);
    }
}
