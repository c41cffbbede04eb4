using System.Diagnostics.Metrics;
using System.Text.Json;
using IntegrationHub.Identity.Telemetry;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.ServiceDefaults.Telemetry;

/// <summary>
/// <c>hub.refusals</c>: every <c>application/problem+json</c> answer, counted by its <c>code</c> member and status,
/// whichever endpoint or middleware wrote it. The body of such an answer is copied (at most 4 KiB) as it is written and
/// read for its code afterwards; other answers pass through untouched.
/// </summary>
internal sealed class RefusalCounting(RequestDelegate next, IMeterFactory meters)
{
    private const int MaxCaptured = 4096;

    private readonly Counter<long> refusals = meters.Create(HubMeter.Name)
        .CreateCounter<long>("hub.refusals", "{refusal}", "Refusals (problem+json answers) by code and status");

    public async Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        var original = response.Body;
        await using var tee = new ProblemCapture(original, response, MaxCaptured);
        response.Body = tee;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (tee.Captured is { } body)
        {
            refusals.Add(1, new("code", CodeOf(body)), new("status", response.StatusCode));
        }
    }

    /// <summary>The problem's <c>code</c> if it is one of the hub's codes (lower case and '_'), else <c>none</c>.</summary>
    private static string CodeOf(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("code", out var code)
                && code.GetString() is { Length: > 0 and <= 64 } text
                && text.All(c => c is (>= 'a' and <= 'z') or '_' or '-'))
            {
                return text;
            }
        }
        catch (JsonException)
        {
        }

        return "none";
    }
}
