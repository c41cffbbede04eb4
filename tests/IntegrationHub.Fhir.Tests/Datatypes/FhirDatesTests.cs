using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Tests.Datatypes;

public sealed class FhirDatesTests
{
    [Fact]
    public void FormatDate_Date_IsYearMonthDay()
    {
        Assert.Equal("1912-12-12", FhirDates.FormatDate(new DateOnly(1912, 12, 12)));
        Assert.Equal("0987-01-05", FhirDates.FormatDate(new DateOnly(987, 1, 5)));
    }

    [Fact]
    public void FormatDateTime_StockholmWinterTime_KeepsTheOffset()
    {
        var value = new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal("2025-03-01T09:30:00+01:00", FhirDates.FormatDateTime(value));
    }

    [Fact]
    public void FormatDateTime_NegativeOffsetAndFraction_WritesBoth()
    {
        var value = new DateTimeOffset(2025, 7, 1, 23, 5, 9, 120, TimeSpan.FromHours(-3.5));

        Assert.Equal("2025-07-01T23:05:09.12-03:30", FhirDates.FormatDateTime(value));
    }

    [Fact]
    public void FormatInstant_AnyOffset_IsUtcWithZ()
    {
        var value = new DateTimeOffset(2025, 3, 1, 0, 15, 0, TimeSpan.FromHours(1));

        Assert.Equal("2025-02-28T23:15:00Z", FhirDates.FormatInstant(value));
    }

    [Fact]
    public void FormatInstant_SubSecondTicks_KeepsThemWithoutTrailingZeros()
    {
        var value = new DateTimeOffset(2025, 3, 4, 9, 0, 12, TimeSpan.Zero).AddTicks(3_450_000);

        Assert.Equal("2025-03-04T09:00:12.345Z", FhirDates.FormatInstant(value));
    }

    [Theory]
    [InlineData("1912", true)]
    [InlineData("1912-12", true)]
    [InlineData("1912-12-12", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("1912-13", false)]
    [InlineData("1912-12-1", false)]
    [InlineData("0000", false)]
    [InlineData("1912-12-12T10:00:00Z", false)]
    [InlineData("1912-12-12\n", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValidDate_Text_MatchesR4(string? value, bool valid) => Assert.Equal(valid, FhirDates.IsValidDate(value));

    [Theory]
    [InlineData("2025", true)]
    [InlineData("2025-03-04", true)]
    [InlineData("2025-03-04T10:00:00+01:00", true)]
    [InlineData("2025-03-04T10:00:00.5Z", true)]
    [InlineData("2025-03-04T23:59:60Z", true)]
    [InlineData("2025-03-04T10:00:00", false)]
    [InlineData("2025-03-04T10:00Z", false)]
    [InlineData("2025-03-04 10:00:00Z", false)]
    [InlineData("2025-03-04T24:00:00Z", false)]
    public void IsValidDateTime_Text_MatchesR4(string value, bool valid) => Assert.Equal(valid, FhirDates.IsValidDateTime(value));

    [Theory]
    [InlineData("2025-03-04T10:00:00Z", true)]
    [InlineData("2025-03-04T10:00:00.123+01:00", true)]
    [InlineData("2025-03-04", false)]
    [InlineData("2025-03-04T10:00:00", false)]
    public void IsValidInstant_Text_MatchesR4(string value, bool valid) => Assert.Equal(valid, FhirDates.IsValidInstant(value));

    [Fact]
    public void TryParseDate_FullDate_ReadsIt()
    {
        Assert.True(FhirDates.TryParseDate("2015-03-15", out var date));
        Assert.Equal(new DateOnly(2015, 3, 15), date);
    }

    [Theory]
    [InlineData("2015")]
    [InlineData("2015-03")]
    [InlineData("2015-02-30")]
    [InlineData(null)]
    public void TryParseDate_PartialOrInvalid_ReturnsFalse(string? value) => Assert.False(FhirDates.TryParseDate(value, out _));

    [Fact]
    public void TryParseDateTime_WithOffset_ReadsTheInstant()
    {
        Assert.True(FhirDates.TryParseDateTime("2025-03-01T09:30:00+01:00", out var value));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 8, 30, 0, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.FromHours(1), value.Offset);
    }

    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("2025-03-01T09:30:00")]
    [InlineData("garbage")]
    public void TryParseDateTime_NoInstant_ReturnsFalse(string value) => Assert.False(FhirDates.TryParseDateTime(value, out _));

    [Fact]
    public void FormatDateTime_ThenTryParseDateTime_RoundTrips()
    {
        var value = new DateTimeOffset(2025, 10, 26, 2, 30, 0, TimeSpan.FromHours(2)).AddTicks(1);

        Assert.True(FhirDates.TryParseDateTime(FhirDates.FormatDateTime(value), out var read));
        Assert.Equal(value, read);
        Assert.Equal(value.Offset, read.Offset);
    }
}
