using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class RequestCertificateTests
{
    private static readonly CaseTypeSettings Kinds = new()
    {
        Active = true,
        CertificateKinds = ["Körkortsintyg", "Intyg för vapenlicens"],
    };

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_NewCertificateOfListedKind_AcceptedInTheClinicsSpelling()
    {
        var result = FormAssert.Validate("request-certificate", """{"kind": "KÖRKORTSINTYG", "renewal": false}""", Kinds);

        Assert.Equal("""{"kind":"Körkortsintyg","renewal":false}""", FormAssert.Valid(result));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_KindTheClinicDoesNotList_Invalid()
    {
        var result = FormAssert.Validate("request-certificate", """{"kind": "Sjöfartsintyg", "renewal": false}""", Kinds);

        FormAssert.FailsOnlyWith(result, "kind", FieldErrorCodes.Invalid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_ClinicListsNoKinds_KindInvalid()
    {
        var result = FormAssert.Validate("request-certificate", """{"kind": "Körkortsintyg", "renewal": false}""");

        FormAssert.FailsOnlyWith(result, "kind", FieldErrorCodes.Invalid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_NewOrRenewalNotSaid_Required()
    {
        var result = FormAssert.Validate("request-certificate", """{"kind": "Körkortsintyg"}""", Kinds);

        FormAssert.FailsOnlyWith(result, "renewal", FieldErrorCodes.Required);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_RenewalWithoutPreviousIssuerAndValidity_BothRequired()
    {
        var result = FormAssert.Validate("request-certificate", """{"kind": "Körkortsintyg", "renewal": true}""", Kinds);

        Assert.Equal(2, result.Errors.Count);
        FormAssert.Fails(result, "previousIssuer", FieldErrorCodes.Required);
        FormAssert.Fails(result, "currentValidUntil", FieldErrorCodes.Required);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_RenewalWithPreviousIssuerAndValidity_Accepted()
    {
        var result = FormAssert.Validate(
            "request-certificate",
            """{"kind": "Körkortsintyg", "renewal": true, "previousIssuer": "Dr Ek, Vårdcentralen Norr", "currentValidUntil": "2026-05-31"}""",
            Kinds);

        Assert.True(result.IsValid);
        Assert.Equal("2026-05-31", result.Fields.GetProperty("currentValidUntil").GetString());
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_NewCertificateWithPreviousIssuer_NotAllowed()
    {
        var result = FormAssert.Validate(
            "request-certificate", """{"kind": "Körkortsintyg", "renewal": false, "previousIssuer": "Dr Ek"}""", Kinds);

        FormAssert.FailsOnlyWith(result, "previousIssuer", FieldErrorCodes.NotAllowed);
    }

    [Theory]
    [InlineData("\"31/05/2026\"")]
    [InlineData("\"2026-02-30\"")]
    [InlineData("\"2026-5-31\"")]
    [InlineData("20260531")]
    public void Validate_ValidityNotADate_Invalid(string value)
    {
        var result = FormAssert.Validate(
            "request-certificate",
            $$"""{"kind": "Körkortsintyg", "renewal": true, "previousIssuer": "Dr Ek", "currentValidUntil": {{value}}}""",
            Kinds);

        FormAssert.FailsOnlyWith(result, "currentValidUntil", FieldErrorCodes.Invalid);
    }

    [Fact]
    public void Validate_RenewalAsText_Invalid()
    {
        var result = FormAssert.Validate("request-certificate", """{"kind": "Körkortsintyg", "renewal": "yes"}""", Kinds);

        FormAssert.FailsOnlyWith(result, "renewal", FieldErrorCodes.Invalid);
    }
}
