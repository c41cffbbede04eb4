using System.Globalization;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Proxies;

/// <summary>Reads an inbox through <c>GET /api/cases</c> (an array, or an object whose <c>cases</c> member is one).</summary>
internal static class Inbox
{
    public static async Task<IReadOnlyList<string>> SubjectsAsync(HubClient client)
    {
        var body = await client.GetJsonAsync("/api/cases");
        var cases = body.ValueKind == JsonValueKind.Array ? body : body.GetProperty("cases");
        return [.. cases.EnumerateArray().Select(c => c.TryGetProperty("subject", out var s) ? s.GetString() ?? string.Empty : string.Empty)];
    }

    /// <summary>The Stockholm midnight that begins a date, as an instant.</summary>
    public static DateTimeOffset StockholmMidnight(DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static DateOnly BirthDateOf(string personnummer) =>
        DateOnly.ParseExact(personnummer[..8], "yyyyMMdd", CultureInfo.InvariantCulture);
}
