namespace IntegrationHub.Identity.Tests;

public sealed class PersonnummerAgeTests
{
    // Born 2013-11-22 (a synthetic number with a valid check digit).
    private static readonly Personnummer NovemberChild = Personnummer.Parse(TestNumbers.WithCheckDigit("20131122123"));

    // Born 2013-06-10: the 13th birthday falls in summer time (CEST, UTC+2).
    private static readonly Personnummer JuneChild = Personnummer.Parse(TestNumbers.WithCheckDigit("20130610123"));

    // Born 2012-02-29.
    private static readonly Personnummer LeapDayChild = Personnummer.Parse(TestNumbers.WithCheckDigit("20120229123"));

    [Fact]
    [Trait("Rule", "PX5")]
    public void AgeAt_LastSecondBeforeStockholmMidnightInWinter_IsStill12()
    {
        Assert.Equal(12, NovemberChild.AgeAt(DateTimeOffset.Parse("2026-11-21T22:59:59Z", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    [Trait("Rule", "PX5")]
    public void AgeAt_StockholmMidnightInWinter_Is13AnHourBeforeUtcMidnight()
    {
        Assert.Equal(13, NovemberChild.AgeAt(DateTimeOffset.Parse("2026-11-21T23:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(13, NovemberChild.AgeAt(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal(12, NovemberChild.AgeAt(new DateTimeOffset(2026, 11, 21, 23, 59, 59, TimeSpan.FromHours(1))));
    }

    [Fact]
    [Trait("Rule", "PX5")]
    public void AgeAt_StockholmMidnightInSummer_Is13TwoHoursBeforeUtcMidnight()
    {
        Assert.Equal(12, JuneChild.AgeAt(new DateTimeOffset(2026, 6, 9, 21, 59, 59, TimeSpan.Zero)));
        Assert.Equal(13, JuneChild.AgeAt(new DateTimeOffset(2026, 6, 9, 22, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void BirthdayInstant_Thirteenth_IsStockholmMidnightWithItsOffset()
    {
        var winter = NovemberChild.BirthdayInstant(13);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 23, 0, 0, TimeSpan.Zero), winter);
        Assert.Equal(TimeSpan.FromHours(1), winter.Offset);
        var summer = JuneChild.BirthdayInstant(13);
        Assert.Equal(new DateTimeOffset(2026, 6, 9, 22, 0, 0, TimeSpan.Zero), summer);
        Assert.Equal(TimeSpan.FromHours(2), summer.Offset);
    }

    [Fact]
    public void AgeAt_JustBeforeAndAtBirthdayInstant_ChangesByOne()
    {
        foreach (var years in new[] { 1, 13, 16, 18, 100 })
        {
            var instant = NovemberChild.BirthdayInstant(years);
            Assert.Equal(years - 1, NovemberChild.AgeAt(instant.AddTicks(-1)));
            Assert.Equal(years, NovemberChild.AgeAt(instant));
        }
    }

    [Fact]
    public void AgeOn_Dates_CountsCompletedYears()
    {
        Assert.Equal(0, NovemberChild.AgeOn(new DateOnly(2013, 11, 22)));
        Assert.Equal(0, NovemberChild.AgeOn(new DateOnly(2014, 11, 21)));
        Assert.Equal(1, NovemberChild.AgeOn(new DateOnly(2014, 11, 22)));
        Assert.Equal(12, NovemberChild.AgeOn(new DateOnly(2026, 11, 21)));
        Assert.Equal(13, NovemberChild.AgeOn(new DateOnly(2026, 11, 22)));
        Assert.Equal(13, NovemberChild.AgeOn(new DateOnly(2027, 1, 1)));
        Assert.Equal(-1, NovemberChild.AgeOn(new DateOnly(2013, 11, 21)));
    }

    [Fact]
    public void Birthday_LeapDayChildInCommonYear_IsFirstOfMarch()
    {
        Assert.Equal(new DateOnly(2012, 2, 29), LeapDayChild.Birthday(0));
        Assert.Equal(new DateOnly(2013, 3, 1), LeapDayChild.Birthday(1));
        Assert.Equal(new DateOnly(2016, 2, 29), LeapDayChild.Birthday(4));
        Assert.Equal(new DateOnly(2025, 3, 1), LeapDayChild.Birthday(13));
    }

    [Fact]
    public void AgeOn_LeapDayChild_TurnsOlderOnFirstOfMarchInCommonYears()
    {
        Assert.Equal(0, LeapDayChild.AgeOn(new DateOnly(2013, 2, 28)));
        Assert.Equal(1, LeapDayChild.AgeOn(new DateOnly(2013, 3, 1)));
        Assert.Equal(3, LeapDayChild.AgeOn(new DateOnly(2016, 2, 28)));
        Assert.Equal(4, LeapDayChild.AgeOn(new DateOnly(2016, 2, 29)));
        Assert.Equal(12, LeapDayChild.AgeOn(new DateOnly(2025, 2, 28)));
        Assert.Equal(13, LeapDayChild.AgeOn(new DateOnly(2025, 3, 1)));
    }

    [Fact]
    [Trait("Rule", "PX5")]
    public void AgeAt_LeapDayChild_Turns13AtStockholmMidnightStartingFirstOfMarch()
    {
        var instant = LeapDayChild.BirthdayInstant(13);
        Assert.Equal(new DateTimeOffset(2025, 2, 28, 23, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal(12, LeapDayChild.AgeAt(instant.AddSeconds(-1)));
        Assert.Equal(13, LeapDayChild.AgeAt(instant));
    }

    [Fact]
    public void Birthday_NegativeYears_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NovemberChild.Birthday(-1));
    }

    [Fact]
    public void AgeAt_SamordningsnummerWhenAsked_UsesTheRealBirthDate()
    {
        Personnummer.TryParse(TestNumbers.Samordningsnummer, acceptSamordningsnummer: true, out var pnr, out _);
        Assert.Equal(64, pnr.AgeOn(new DateOnly(2026, 9, 12)));
        Assert.Equal(65, pnr.AgeOn(new DateOnly(2026, 9, 13)));
    }
}
