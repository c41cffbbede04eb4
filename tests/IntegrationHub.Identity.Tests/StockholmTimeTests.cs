namespace IntegrationHub.Identity.Tests;

public sealed class StockholmTimeTests
{
    [Fact]
    public void DateOf_LateUtcEvening_IsNextStockholmDay()
    {
        Assert.Equal(new DateOnly(2026, 11, 22), StockholmTime.DateOf(new DateTimeOffset(2026, 11, 21, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 21), StockholmTime.DateOf(new DateTimeOffset(2026, 11, 21, 22, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 7, 1), StockholmTime.DateOf(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Today_ReadsTheTimeProvider()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2027, 1, 1), StockholmTime.Today(clock));
    }

    [Fact]
    public void StartOfDay_AroundDaylightSavingChanges_HasTheRightOffset()
    {
        // 2026: CEST from 29 March to 25 October.
        Assert.Equal(TimeSpan.FromHours(1), StockholmTime.StartOfDay(new DateOnly(2026, 3, 29)).Offset);
        Assert.Equal(TimeSpan.FromHours(2), StockholmTime.StartOfDay(new DateOnly(2026, 3, 30)).Offset);
        Assert.Equal(TimeSpan.FromHours(2), StockholmTime.StartOfDay(new DateOnly(2026, 10, 25)).Offset);
        Assert.Equal(TimeSpan.FromHours(1), StockholmTime.StartOfDay(new DateOnly(2026, 10, 26)).Offset);
    }

    [Fact]
    public void ToInstant_TimeInSpringGap_MovesForward()
    {
        var instant = StockholmTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void CreateFallback_ComparedWithSystemZone_GivesTheSameOffsets()
    {
        var fallback = StockholmTime.CreateFallback();
        TimeZoneInfo system;
        try
        {
            system = TimeZoneInfo.FindSystemTimeZoneById(StockholmTime.ZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return; // nothing to compare with on this machine
        }

        for (var t = new DateTimeOffset(1997, 1, 1, 0, 30, 0, TimeSpan.Zero); t.Year < 2038; t = t.AddHours(7))
        {
            Assert.Equal(system.GetUtcOffset(t), fallback.GetUtcOffset(t));
        }
    }
}
