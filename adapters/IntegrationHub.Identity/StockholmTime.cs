namespace IntegrationHub.Identity;

/// <summary>
/// Swedish civil time (Europe/Stockholm). Dates and ages are counted here: a child turns 13 at 00:00 in Stockholm,
/// i.e. 23:00 UTC the day before in winter (CET, UTC+1) and 22:00 UTC in summer (CEST, UTC+2).
/// </summary>
public static class StockholmTime
{
    /// <summary>The IANA id of Swedish time.</summary>
    public const string ZoneId = "Europe/Stockholm";

    /// <summary>
    /// The Europe/Stockholm zone from the system's time zone data; where that is missing (a container without
    /// tzdata), a built-in rule: CET, with CEST from the last Sunday of March 02:00 to the last Sunday of October
    /// 03:00 local time, as in the EU since 1996.
    /// </summary>
    public static TimeZoneInfo Zone { get; } = Load();

    /// <summary>The Stockholm calendar date at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The Stockholm calendar date now, read from <paramref name="timeProvider"/>.</summary>
    public static DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return DateOf(timeProvider.GetUtcNow());
    }

    /// <summary>
    /// 00:00 Stockholm time on <paramref name="date"/>, with the Stockholm offset of that moment (+01:00 or +02:00).
    /// Midnight is never inside a daylight-saving gap or overlap in Sweden (they happen at 02:00 and 03:00).
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => ToInstant(date, TimeOnly.MinValue);

    /// <summary>A Stockholm wall-clock time on a date as an instant (a time in the spring gap is moved by the gap).</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    private static TimeZoneInfo Load()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return CreateFallback();
        }
        catch (InvalidTimeZoneException)
        {
            return CreateFallback();
        }
    }

    internal static TimeZoneInfo CreateFallback()
    {
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(1996, 1, 1),
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone(
            ZoneId, TimeSpan.FromHours(1), "(UTC+01:00) Stockholm", "CET", "CEST", [rule]);
    }
}
