using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Identity;

namespace IntegrationHub.Grains.Cases;

/// <summary>CS7: a case goes two years after its latest event, counted on the calendar in Stockholm.</summary>
internal static class CaseRetention
{
    public const int Years = 2;

    public static DateTimeOffset ExpiresAt(DateTimeOffset latestEvent)
    {
        var local = TimeZoneInfo.ConvertTime(latestEvent, StockholmTime.Zone).DateTime.AddYears(Years);
        return StockholmTime.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }
}
