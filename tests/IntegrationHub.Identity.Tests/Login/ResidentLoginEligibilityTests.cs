using IntegrationHub.Identity.Login;

namespace IntegrationHub.Identity.Tests.Login;

public sealed class ResidentLoginEligibilityTests
{
    [Theory]
    [Trait("Rule", "ID2")]
    [InlineData("bankid")]
    [InlineData("freja-eid-plus")]
    [InlineData("BankID")]
    public void Evaluate_AcceptedMethodAndPersonnummer_IsEligible(string method)
    {
        var decision = ResidentLoginEligibility.Evaluate("191212121212", method);
        Assert.True(decision.IsEligible);
        Assert.Null(decision.ErrorCode);
        Assert.Equal("191212121212", decision.Personnummer.Value);
    }

    [Theory]
    [Trait("Rule", "ID2")]
    [InlineData("freja-eid")] // Freja eID without Plus
    [InlineData("siths")]
    [InlineData("telia")]
    [InlineData("bankid ")]
    [InlineData("")]
    [InlineData(null)]
    public void Evaluate_OtherMethod_IsRefusedEidNotAccepted(string? method)
    {
        var decision = ResidentLoginEligibility.Evaluate("199006022397", method);
        Assert.False(decision.IsEligible);
        Assert.Equal(ResidentLoginRefusal.EIdNotAccepted, decision.Refusal);
        Assert.Equal("eid_not_accepted", decision.ErrorCode);
    }

    [Theory]
    [Trait("Rule", "ID1")]
    [InlineData("196109732393", ResidentLoginRefusal.SamordningsnummerNotAccepted, "samordningsnummer_not_accepted")]
    [InlineData("991212121212", ResidentLoginRefusal.ReservnummerNotAccepted, "reservnummer_not_accepted")]
    [InlineData("19800101R123", ResidentLoginRefusal.ReservnummerNotAccepted, "reservnummer_not_accepted")]
    [InlineData("191212121213", ResidentLoginRefusal.InvalidIdentityNumber, "invalid_identity_number")]
    [InlineData("19121212-1212", ResidentLoginRefusal.InvalidIdentityNumber, "invalid_identity_number")]
    [InlineData("", ResidentLoginRefusal.InvalidIdentityNumber, "invalid_identity_number")]
    [InlineData(null, ResidentLoginRefusal.InvalidIdentityNumber, "invalid_identity_number")]
    public void Evaluate_NotAPersonnummer_IsRefusedWithItsCode(string? number, ResidentLoginRefusal refusal, string code)
    {
        var decision = ResidentLoginEligibility.Evaluate(number, "bankid");
        Assert.Equal(refusal, decision.Refusal);
        Assert.Equal(code, decision.ErrorCode);
        Assert.True(decision.Personnummer.IsEmpty);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public void Evaluate_MalformedNumberAndBadMethod_ReportsTheNumberFirst()
    {
        Assert.Equal(ResidentLoginRefusal.InvalidIdentityNumber, ResidentLoginEligibility.Evaluate("123", "siths").Refusal);
        Assert.Equal(ResidentLoginRefusal.SamordningsnummerNotAccepted, ResidentLoginEligibility.Evaluate("196109732393", "siths").Refusal);
    }

    [Fact]
    [Trait("Rule", "ID2")]
    public void Evaluate_ChildWithOwnBankId_IsEligible()
    {
        // Children log in with their own e-identification; age limits apply to services, not to login.
        var child = TestNumbers.WithCheckDigit("20130610123");
        Assert.True(ResidentLoginEligibility.Evaluate(child, "bankid").IsEligible);
        Assert.True(ResidentLoginEligibility.Evaluate(child, "freja-eid-plus").IsEligible);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public void Evaluate_ParsedSamordningsnummer_IsRefused()
    {
        Personnummer.TryParse(TestNumbers.Samordningsnummer, acceptSamordningsnummer: true, out var number, out _);
        Assert.Equal(ResidentLoginRefusal.SamordningsnummerNotAccepted, ResidentLoginEligibility.Evaluate(number, "bankid").Refusal);
        Assert.Equal(ResidentLoginRefusal.InvalidIdentityNumber, ResidentLoginEligibility.Evaluate(default(Personnummer), "bankid").Refusal);
    }

    [Fact]
    public void ToString_Decision_MasksThePersonnummer()
    {
        var text = ResidentLoginEligibility.Evaluate("199006022397", "bankid").ToString();
        Assert.DoesNotContain("2397", text, StringComparison.Ordinal);
        Assert.Contains("19900602-****", text, StringComparison.Ordinal);
    }
}
