namespace IntegrationHub.Identity.Tests;

public sealed class PersonnummerTests
{
    public static TheoryData<string> SkatteverketNumbers => new(TestNumbers.SkatteverketPersonnummer);

    [Theory]
    [Trait("Rule", "ID1")]
    [MemberData(nameof(SkatteverketNumbers))]
    public void TryParse_SkatteverketTestNumber_IsAcceptedAsPersonnummer(string number)
    {
        Assert.True(Personnummer.TryParse(number, out var pnr, out var error));
        Assert.Equal(IdentityNumberError.None, error);
        Assert.Equal(number, pnr.Value);
        Assert.Equal(IdentityNumberKind.Personnummer, pnr.Kind);
        Assert.False(pnr.IsEmpty);
    }

    [Theory]
    [InlineData("191212121212", 1912, 12, 12)]
    [InlineData("199006022397", 1990, 6, 2)]
    [InlineData("200001052380", 2000, 1, 5)]
    [InlineData("196101182803", 1961, 1, 18)]
    [InlineData("200302022389", 2003, 2, 2)]
    public void BirthDate_SkatteverketTestNumber_IsTheDatePart(string number, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Personnummer.Parse(number).BirthDate);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public void TryParse_Samordningsnummer_IsRefusedWithItsOwnCode()
    {
        Assert.False(Personnummer.TryParse(TestNumbers.Samordningsnummer, out var pnr, out var error));
        Assert.Equal(IdentityNumberError.SamordningsnummerNotAccepted, error);
        Assert.Equal("samordningsnummer_not_accepted", IdentityErrorCodes.For(error));
        Assert.True(pnr.IsEmpty);
    }

    [Fact]
    public void TryParse_SamordningsnummerWhenAsked_IsAValueWithDayMinusSixty()
    {
        Assert.True(Personnummer.TryParse(TestNumbers.Samordningsnummer, acceptSamordningsnummer: true, out var pnr, out var error));
        Assert.Equal(IdentityNumberError.None, error);
        Assert.Equal(IdentityNumberKind.Samordningsnummer, pnr.Kind);
        Assert.Equal(new DateOnly(1961, 9, 13), pnr.BirthDate);
        Assert.Equal(TestNumbers.Samordningsnummer, pnr.Value);
    }

    [Theory]
    [Trait("Rule", "ID1")]
    [InlineData("191212121213")] // wrong check digit
    [InlineData("199006022396")]
    [InlineData("200001052381")]
    [InlineData("196109732394")] // a samordningsnummer with a wrong check digit is malformed, not a samordningsnummer
    public void TryParse_WrongCheckDigit_IsInvalid(string number)
    {
        Assert.False(Personnummer.TryParse(number, out _, out var error));
        Assert.Equal(IdentityNumberError.InvalidIdentityNumber, error);
        Assert.Equal("invalid_identity_number", IdentityErrorCodes.For(error));
    }

    [Theory]
    [Trait("Rule", "ID1")]
    [MemberData(nameof(SkatteverketNumbers))]
    public void TryParse_AnyOtherCheckDigit_IsInvalid(string number)
    {
        for (var c = '0'; c <= '9'; c++)
        {
            if (c == number[11])
            {
                continue;
            }

            Assert.False(Personnummer.TryParse(number[..11] + c, out _, out var error));
            Assert.Equal(IdentityNumberError.InvalidIdentityNumber, error);
        }
    }

    [Theory]
    [Trait("Rule", "ID1")]
    [InlineData("20230230123")] // 30 February
    [InlineData("20230229123")] // 29 February, not a leap year
    [InlineData("19000229123")] // 1900 is not a leap year
    [InlineData("20231301123")] // month 13
    [InlineData("20230001123")] // month 0
    [InlineData("20230100123")] // day 0
    [InlineData("20230132123")] // day 32
    [InlineData("20230431123")] // 31 April
    [InlineData("20230160123")] // day 60: neither a date nor a samordningsnummer
    [InlineData("20230292123")] // samordningsnummer day 92: 32 February
    [InlineData("17990101123")] // before 1800
    [InlineData("00000101123")]
    public void TryParse_NoRealDateButValidCheckDigit_IsInvalid(string elevenDigits)
    {
        var number = TestNumbers.WithCheckDigit(elevenDigits);
        Assert.False(Personnummer.TryParse(number, out _, out var error));
        Assert.Equal(IdentityNumberError.InvalidIdentityNumber, error);
    }

    [Theory]
    [Trait("Rule", "ID1")]
    [InlineData("20000229123")] // 2000 is a leap year
    [InlineData("20240229123")]
    [InlineData("18000101123")]
    [InlineData("20231231123")]
    public void TryParse_RealDateWithValidCheckDigit_IsAccepted(string elevenDigits)
    {
        var number = TestNumbers.WithCheckDigit(elevenDigits);
        Assert.True(Personnummer.TryParse(number, out var pnr, out _));
        Assert.Equal(number[..8], pnr.BirthDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [Trait("Rule", "ID1")]
    [InlineData("20240289123")] // samordningsnummer of 29 February 2024
    [InlineData("19121272123")]
    public void DetectKind_SamordningsnummerOnARealDate_IsSamordningsnummer(string elevenDigits)
    {
        Assert.Equal(IdentityNumberKind.Samordningsnummer, Personnummer.DetectKind(TestNumbers.WithCheckDigit(elevenDigits)));
    }

    [Theory]
    [Trait("Rule", "ID1")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("1")]
    [InlineData("1212121212")] // 10 digits: the API wants 12
    [InlineData("19121212121")] // 11 digits
    [InlineData("1912121212122")] // 13 digits
    [InlineData("19121212-1212")] // separator
    [InlineData("19121212+1212")]
    [InlineData("121212-1212")]
    [InlineData(" 191212121212")] // whitespace
    [InlineData("191212121212 ")]
    [InlineData("1912 1212 1212")]
    [InlineData("abcdefghijkl")] // letters
    [InlineData("19121212121A")]
    [InlineData("1912121212AB")]
    [InlineData("19121212ABCD")]
    [InlineData("1912X2121212")]
    [InlineData("19121212121\u0662")] // an Arabic-Indic digit
    [InlineData("\uff11\uff19\uff11\uff12\uff11\uff12\uff11\uff12\uff11\uff12\uff11\uff12")] // full-width digits
    public void TryParse_NotTwelveAsciiDigits_IsInvalid(string input)
    {
        Assert.False(Personnummer.TryParse(input, out var pnr, out var error));
        Assert.Equal(IdentityNumberError.InvalidIdentityNumber, error);
        Assert.True(pnr.IsEmpty);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public void TryParse_Null_IsInvalid()
    {
        Assert.False(Personnummer.TryParse(null, out _, out var error));
        Assert.Equal(IdentityNumberError.InvalidIdentityNumber, error);
        Assert.Null(Personnummer.DetectKind(null));
    }

    [Theory]
    [Trait("Rule", "ID1")]
    [InlineData("991212121212")] // Region Stockholm: 99 and ten digits
    [InlineData("990000000000")]
    [InlineData("19800101R123")] // Västerbotten, Dalarna, VGR: a letter and three digits
    [InlineData("19800101K123")]
    [InlineData("19800101-R123")]
    [InlineData("19800101r123")]
    [InlineData("20100101AB12")] // national: two letters and two digits
    [InlineData("20100101-ABC1")] // national: three letters and a digit
    [InlineData("19800101SF1A")] // Värmland
    [InlineData("19800101TA1B")] // Örebro
    [InlineData("19800101DA1A")] // Skåne
    [InlineData("800101DA1A")] // Skåne, short form
    [InlineData("19800101AB1C")] // Blekinge, Sörmland
    [InlineData("19800101123R")] // Västernorrland
    [InlineData("19800101-12M3")] // Gävleborg
    public void TryParse_ReservnummerShape_IsRefusedWithItsOwnCode(string input)
    {
        Assert.False(Personnummer.TryParse(input, out var pnr, out var error));
        Assert.Equal(IdentityNumberError.ReservnummerNotAccepted, error);
        Assert.Equal("reservnummer_not_accepted", IdentityErrorCodes.For(error));
        Assert.True(pnr.IsEmpty);
        Assert.Equal(IdentityNumberKind.Reservnummer, Personnummer.DetectKind(input));
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public void TryParse_ReservnummerStartingWith99_IsReservnummerEvenWithAValidDateAndCheckDigit()
    {
        var number = TestNumbers.WithCheckDigit("99010101123"); // 9901-01-01 is a calendar date
        Assert.False(Personnummer.TryParse(number, out _, out var error));
        Assert.Equal(IdentityNumberError.ReservnummerNotAccepted, error);
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatExceptionWithTheCodeAndNotTheInput()
    {
        var e = Assert.Throws<FormatException>(() => Personnummer.Parse("191212121213"));
        Assert.Equal("invalid_identity_number", e.Message);
        Assert.Throws<FormatException>(() => Personnummer.Parse(TestNumbers.Samordningsnummer, null));
    }

    [Fact]
    public void IParsable_Generic_ParsesStrictly()
    {
        static bool Try<T>(string s, out T value)
            where T : IParsable<T> => T.TryParse(s, null, out value!);

        Assert.True(Try<Personnummer>("191212121212", out var pnr));
        Assert.Equal("191212121212", pnr.Value);
        Assert.False(Try<Personnummer>("19121212-1212", out _));
    }

    [Theory]
    [MemberData(nameof(SkatteverketNumbers))]
    public void ToString_AnyNumber_IsMaskedAndHidesTheLastFourDigits(string number)
    {
        var pnr = Personnummer.Parse(number);
        var masked = number[..8] + "-****";
        Assert.Equal(masked, pnr.ToString());
        Assert.Equal(masked, pnr.ToMaskedString());
        Assert.Equal(masked, $"{pnr}");
        Assert.DoesNotContain(number[8..], pnr.ToString()[8..]);
        Assert.DoesNotContain(number, pnr.ToString());
    }

    private sealed record Holder(Personnummer Personnummer, string Other);

    [Fact]
    public void ToString_OfARecordHoldingIt_IsMasked()
    {
        var text = new Holder(Personnummer.Parse("199006022397"), "x").ToString();
        Assert.Contains("19900602-****", text);
        Assert.DoesNotContain("2397", text);
    }

    [Fact]
    public void ToString_SamordningsnummerWhenAsked_IsMasked()
    {
        Personnummer.TryParse(TestNumbers.Samordningsnummer, acceptSamordningsnummer: true, out var pnr, out _);
        Assert.Equal("19610973-****", pnr.ToString());
    }

    [Fact]
    public void Default_IsEmpty_ToStringIsEmptyAndValueThrows()
    {
        Personnummer pnr = default;
        Assert.True(pnr.IsEmpty);
        Assert.Equal(string.Empty, pnr.ToString());
        Assert.Equal(string.Empty, pnr.ToMaskedString());
        Assert.Throws<InvalidOperationException>(() => pnr.Value);
        Assert.Throws<InvalidOperationException>(() => pnr.BirthDate);
        Assert.Throws<InvalidOperationException>(() => pnr.Kind);
        Assert.Throws<InvalidOperationException>(() => pnr.ToLogHash());
    }

    [Fact]
    public void Equality_SameDigits_AreEqual()
    {
        Assert.Equal(Personnummer.Parse("191212121212"), Personnummer.Parse("191212121212"));
        Assert.NotEqual(Personnummer.Parse("191212121212"), Personnummer.Parse("199006022397"));
        Assert.Equal(Personnummer.Parse("191212121212").GetHashCode(), Personnummer.Parse("191212121212").GetHashCode());
    }

    [Fact]
    public void ToLogHash_SameNumber_IsStableLowercaseHexAndHidesTheNumber()
    {
        var pnr = Personnummer.Parse("191212121212");
        var hash = pnr.ToLogHash();
        Assert.Matches("^[0-9a-f]{16}$", hash);
        Assert.Equal(hash, Personnummer.Parse("191212121212").ToLogHash());
        Assert.DoesNotContain("1212", hash);
    }

    [Fact]
    public void ToLogHash_KnownNumber_IsTheSameInEveryProcess()
    {
        // Pinned: a change of key or algorithm breaks correlation with earlier logs and must be deliberate.
        Assert.Equal(GoldenLogHash, Personnummer.Parse("191212121212").ToLogHash());
    }

    private const string GoldenLogHash = "f2153f60c7284092"; // HMAC-SHA256, key "IntegrationHub.Identity/Personnummer/log-hash/v1"

    [Fact]
    public void ToLogHash_DifferentNumbersOrKeys_Differ()
    {
        var hashes = TestNumbers.SkatteverketPersonnummer.Select(n => Personnummer.Parse(n).ToLogHash()).ToHashSet();
        Assert.Equal(TestNumbers.SkatteverketPersonnummer.Length, hashes.Count);
        var pnr = Personnummer.Parse("191212121212");
        Assert.NotEqual(pnr.ToLogHash(), pnr.ToLogHash("another secret key"u8));
        Assert.Equal(pnr.ToLogHash("k"u8), pnr.ToLogHash("k"u8));
    }

    [Theory]
    [InlineData("121212-1212", "201212121212")] // 2012 is the latest such year on or before 2026-06-01
    [InlineData("121212+1212", "191212121212")] // '+': 100 or older
    [InlineData("1212121212", "201212121212")]
    [InlineData("19121212-1212", "191212121212")]
    [InlineData(" 191212121212 ", "191212121212")]
    [InlineData("900602-2397", "199006022397")]
    public void TryParseLenient_TenOrTwelveDigitsWithSeparator_FindsTheCentury(string input, string expected)
    {
        Assert.True(Personnummer.TryParseLenient(input, new DateOnly(2026, 6, 1), out var pnr, out var error), error.ToString());
        Assert.Equal(expected, pnr.Value);
    }

    [Theory]
    [InlineData("20260601123", "20260601123")] // born today: this century
    [InlineData("20260602123", "19260602123")] // "born tomorrow": a century earlier
    public void TryParseLenient_TenDigitsAroundToday_BornOnOrBeforeToday(string twelveDigitsStem, string expectedStem)
    {
        var expected = TestNumbers.WithCheckDigit(expectedStem);
        var input = twelveDigitsStem[2..8] + "-" + expected[8..];
        Assert.True(Personnummer.TryParseLenient(input, new DateOnly(2026, 6, 1), out var pnr, out _));
        Assert.Equal(expected, pnr.Value);
    }

    [Theory]
    [InlineData("19800101-R123", IdentityNumberError.ReservnummerNotAccepted)]
    [InlineData("610973-2393", IdentityNumberError.SamordningsnummerNotAccepted)]
    [InlineData("121212-1213", IdentityNumberError.InvalidIdentityNumber)]
    [InlineData("1212-121212", IdentityNumberError.InvalidIdentityNumber)]
    [InlineData("", IdentityNumberError.InvalidIdentityNumber)]
    [InlineData(null, IdentityNumberError.InvalidIdentityNumber)]
    public void TryParseLenient_NotAPersonnummer_GivesTheStrictError(string? input, IdentityNumberError expected)
    {
        Assert.False(Personnummer.TryParseLenient(input, new DateOnly(2026, 6, 1), out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParseLenient_SamordningsnummerWhenAsked_IsAccepted()
    {
        Assert.True(Personnummer.TryParseLenient("610973-2393", new DateOnly(2026, 6, 1), out var pnr, out _, acceptSamordningsnummer: true));
        Assert.Equal(TestNumbers.Samordningsnummer, pnr.Value);
    }
}
