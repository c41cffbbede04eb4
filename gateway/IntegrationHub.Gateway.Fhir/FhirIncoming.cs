using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// The resource a client sent, through the one validation step of every incoming resource
/// (<see cref="FhirResourceValidator.ReadIncoming{T}"/>: strict reading, the R4 core profile, the hub's own rules):
/// 413 with an OperationOutcome for a body over <see cref="MaxBodyBytes"/>, 400 with one OperationOutcome listing
/// every issue, otherwise the resource to act on.
/// </summary>
internal static class FhirIncoming
{
    /// <summary>The largest body a FHIR client may send: far above any Consent or message, far below what hurts.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// How much of a refused body is still read (and dropped) so that a client that is still sending it reads the 413
    /// instead of a reset connection; a larger one is answered at once and the connection closed.
    /// </summary>
    private const long DrainBytes = 32L * 1024 * 1024;

    public static async Task<(T? Resource, IResult? Refusal)> ReadAsync<T>(
        HttpRequest request, FhirResourceValidator validator, Func<T, IEnumerable<OperationOutcome.IssueComponent>>? hubRules, CancellationToken cancellationToken)
        where T : Resource
    {
        var (body, refusal) = await ReadBodyAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        var intake = validator.ReadIncoming(body.Span, hubRules);
        return intake.IsAccepted
            ? (intake.Resource, null)
            : (null, FhirResults.Outcome(StatusCodes.Status400BadRequest, intake.ToOperationOutcome()));
    }

    private static async Task<(ReadOnlyMemory<byte> Body, IResult? Refusal)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // The server's own limit is raised to what is drained: the refusal below is this endpoint's, with an OperationOutcome.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = DrainBytes;
        }

        var chunk = new byte[16 * 1024];
        if (request.ContentLength > MaxBodyBytes)
        {
            return (default, await TooLargeAsync(request, chunk, cancellationToken));
        }

        using var buffer = new MemoryStream();
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return (default, await TooLargeAsync(request, chunk, cancellationToken));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own refusals of a body (over its limit, a broken chunked encoding, too slow): the client's doing.
            return (default, FhirResults.Outcome(e.StatusCode, OperationOutcome.IssueType.Structure, "The request body could not be read: " + e.Message));
        }

        return (buffer.ToArray(), null);
    }

    private static async Task<IResult> TooLargeAsync(HttpRequest request, byte[] chunk, CancellationToken cancellationToken)
    {
        if (request.ContentLength is null or <= DrainBytes)
        {
            try
            {
                while (await request.Body.ReadAsync(chunk, cancellationToken) > 0)
                {
                }
            }
            catch (BadHttpRequestException)
            {
                // Past what is drained: the connection closes after the answer.
            }
        }

        return FhirResults.Outcome(
            StatusCodes.Status413PayloadTooLarge, OperationOutcome.IssueType.TooLong, $"A FHIR resource sent to this server is at most {MaxBodyBytes / 1024} KiB.");
    }
}
