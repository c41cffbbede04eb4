using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class RenewAidsTests
{
    private const string Aid = """{"productName": "TENA Lady", "size": "M", "usePerDay": 3, "packages": 2}""";

    private static string Aids(int count) => "[" + string.Join(",", Enumerable.Repeat(Aid, count)) + "]";

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_FourAids_Accepted()
    {
        var result = FormAssert.Validate("renew-aids", $$"""{"aids": {{Aids(4)}}}""");

        Assert.True(result.IsValid);
        Assert.Equal(4, result.Fields.GetProperty("aids").GetArrayLength());
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_FiveAids_TooMany()
    {
        var result = FormAssert.Validate("renew-aids", $$"""{"aids": {{Aids(5)}}}""");

        FormAssert.FailsOnlyWith(result, "aids", FieldErrorCodes.TooMany);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_NoAids_Required()
    {
        FormAssert.FailsOnlyWith(FormAssert.Validate("renew-aids", """{"aids": []}"""), "aids", FieldErrorCodes.Required);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_IncontinenceAidWithoutDelivery_DeliveryRequired()
    {
        var result = FormAssert.Validate(
            "renew-aids",
            """{"aids": [{"productName": "TENA Lady", "usePerDay": "3", "packages": 2, "incontinence": true}]}""");

        FormAssert.FailsOnlyWith(result, "delivery", FieldErrorCodes.Required);
    }

    [Theory]
    [Trait("Rule", "CS2")]
    [InlineData("\"Storgatan 1, 111 22 Stockholm\"")]
    [InlineData("""{"address": "Storgatan 1", "postalCode": "111 22", "city": "Stockholm", "phone": "0701234567"}""")]
    public void Validate_IncontinenceAidWithDelivery_Accepted(string delivery)
    {
        var result = FormAssert.Validate(
            "renew-aids",
            $$"""{"aids": [{{Aid}}, {"productName": "Inkontinensskydd", "usePerDay": "4", "packages": 1, "incontinence": true}], "delivery": {{delivery}}}""");

        Assert.True(result.IsValid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_NoIncontinenceAidAndNoDelivery_Accepted()
    {
        var result = FormAssert.Validate(
            "renew-aids", """{"aids": [{"productName": "Kompressionsstrumpa", "usePerDay": "1", "packages": 1, "incontinence": false}]}""");

        Assert.True(result.IsValid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_FullForm_NormalisedWithSizeOptional()
    {
        var result = FormAssert.Validate(
            "renew-aids",
            """{"aids": [{"productName": " Stomipåse ", "usePerDay": 2, "packages": "3"}], "freeCardNumber": 123456, "otherInformation": "Som förra gången"}""");

        Assert.Equal(
            """{"aids":[{"productName":"Stomipåse","usePerDay":"2","packages":3}],"freeCardNumber":"123456","otherInformation":"Som förra gången"}""",
            FormAssert.Valid(result));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_AidWithoutProductNameUseOrPackages_EachRequired()
    {
        var result = FormAssert.Validate("renew-aids", """{"aids": [{"size": "L"}]}""");

        Assert.Equal(3, result.Errors.Count);
        FormAssert.Fails(result, "aids[0].productName", FieldErrorCodes.Required);
        FormAssert.Fails(result, "aids[0].usePerDay", FieldErrorCodes.Required);
        FormAssert.Fails(result, "aids[0].packages", FieldErrorCodes.Required);
    }

    [Theory]
    [Trait("Rule", "CS2")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("\"två\"")]
    [InlineData("1000")]
    [InlineData("true")]
    public void Validate_PackagesNotAPositiveWholeNumber_Invalid(string packages)
    {
        var result = FormAssert.Validate(
            "renew-aids", $$"""{"aids": [{"productName": "X", "usePerDay": "1", "packages": {{packages}}}]}""");

        FormAssert.FailsOnlyWith(result, "aids[0].packages", FieldErrorCodes.Invalid);
    }

    [Fact]
    public void Validate_IncontinenceNotABoolean_Invalid()
    {
        var result = FormAssert.Validate(
            "renew-aids", """{"aids": [{"productName": "X", "usePerDay": "1", "packages": 1, "incontinence": "ja"}]}""");

        FormAssert.FailsOnlyWith(result, "aids[0].incontinence", FieldErrorCodes.Invalid);
    }

    [Fact]
    public void Validate_DeliveryWithNestedObject_Invalid()
    {
        var result = FormAssert.Validate(
            "renew-aids", """{"aids": [""" + Aid + """], "delivery": {"address": {"street": "Storgatan 1"}}}""");

        FormAssert.FailsOnlyWith(result, "delivery.address", FieldErrorCodes.Invalid);
    }

    [Fact]
    public void Validate_DeliveryEmpty_CountsAsMissing()
    {
        var result = FormAssert.Validate(
            "renew-aids",
            """{"aids": [{"productName": "X", "usePerDay": "1", "packages": 1, "incontinence": true}], "delivery": {"address": " "}}""");

        FormAssert.FailsOnlyWith(result, "delivery", FieldErrorCodes.Required);
    }
}
