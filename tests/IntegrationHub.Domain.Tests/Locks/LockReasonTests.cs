using IntegrationHub.Domain.Locks;

namespace IntegrationHub.Domain.Tests.Locks;

public sealed class LockReasonTests
{
    public static TheoryData<string, LockReasonCode> Codes => new()
    {
        { "violence", LockReasonCode.Violence },
        { "legal-investigation", LockReasonCode.LegalInvestigation },
        { "need-to-hide", LockReasonCode.NeedToHide },
        { "child-integrity", LockReasonCode.ChildIntegrity },
        { "eid-compromised", LockReasonCode.EidCompromised },
        { "coerced-login", LockReasonCode.CoercedLogin },
        { "breakout-planning", LockReasonCode.BreakoutPlanning },
        { "misuse-threats", LockReasonCode.MisuseThreats },
        { "misuse-booking", LockReasonCode.MisuseBooking },
    };

    [Theory]
    [Trait("Rule", "LK11")]
    [MemberData(nameof(Codes))]
    public void Parse_ListedReasonWithoutNote_Accepted(string code, LockReasonCode expected)
    {
        var result = LockReason.Parse(code, null);

        Assert.True(result.IsAccepted);
        Assert.Equal(expected, result.Reason!.Code);
        Assert.Equal(code, result.Reason.CodeText);
        Assert.Null(result.Reason.Note);
        Assert.Null(result.ErrorCode);
    }

    [Fact]
    [Trait("Rule", "LK11")]
    public void Parse_ExcessiveUse_RefusedAsNotAReason()
    {
        var result = LockReason.Parse("excessive-use", "Skickar många ärenden");

        Assert.False(result.IsAccepted);
        Assert.Equal("reason_not_accepted", result.ErrorCode);
        Assert.Equal("reason", result.Field);
    }

    [Theory]
    [Trait("Rule", "LK11")]
    [InlineData("Violence")]
    [InlineData(" violence")]
    [InlineData("legal_investigation")]
    [InlineData("misuse")]
    [InlineData("våld")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_AnythingElse_Refused(string? code)
    {
        var result = LockReason.Parse(code, "note");

        Assert.Equal("reason_not_accepted", result.ErrorCode);
        Assert.Null(result.Reason);
    }

    [Theory]
    [Trait("Rule", "LK11")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_OtherWithoutNote_Refused(string? note)
    {
        var result = LockReason.Parse("other", note);

        Assert.Equal("reason_not_accepted", result.ErrorCode);
        Assert.Equal("note", result.Field);
    }

    [Fact]
    [Trait("Rule", "LK11")]
    public void Parse_OtherWithNote_AcceptedWithTrimmedNote()
    {
        var result = LockReason.Parse("other", "  Förälder loggar in med barnets BankID  ");

        Assert.Equal(new LockReason(LockReasonCode.Other, "Förälder loggar in med barnets BankID"), result.Reason);
    }

    [Fact]
    public void Parse_NoteTooLong_Refused()
    {
        var result = LockReason.Parse("violence", new string('x', LockReason.MaxNoteLength + 1));

        Assert.Equal("reason_not_accepted", result.ErrorCode);
        Assert.Equal("note", result.Field);
    }

    [Fact]
    [Trait("Rule", "LK11")]
    public void All_EveryCode_RoundTripsAndHasSwedishWording()
    {
        Assert.Equal(10, LockReasonCodes.All.Count);
        foreach (var code in LockReasonCodes.All)
        {
            Assert.True(LockReasonCodes.TryParse(code, out var reason));
            Assert.Equal(code, reason.ToCode());
            Assert.False(string.IsNullOrWhiteSpace(reason.ToSwedish()));
        }

        Assert.Equal(Enum.GetValues<LockReasonCode>().Length, LockReasonCodes.All.Count);
    }
}
