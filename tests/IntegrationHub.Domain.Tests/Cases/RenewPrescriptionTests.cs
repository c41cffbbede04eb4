using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class RenewPrescriptionTests
{
    private static string Medicines(int count) =>
        "[" + string.Join(",", Enumerable.Range(1, count).Select(i => $$"""{"name": "Läkemedel {{i}}"}""")) + "]";

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_TenMedicines_Accepted()
    {
        var result = FormAssert.Validate("renew-prescription", $$"""{"medicines": {{Medicines(10)}}}""");

        Assert.True(result.IsValid);
        Assert.Equal(10, result.Fields.GetProperty("medicines").GetArrayLength());
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_ElevenMedicines_TooMany()
    {
        var result = FormAssert.Validate("renew-prescription", $$"""{"medicines": {{Medicines(11)}}}""");

        FormAssert.FailsOnlyWith(result, "medicines", FieldErrorCodes.TooMany);
    }

    [Theory]
    [Trait("Rule", "CS2")]
    [InlineData("{}")]
    [InlineData("""{"medicines": []}""")]
    [InlineData("""{"medicines": null}""")]
    public void Validate_NoMedicine_Required(string json)
    {
        FormAssert.FailsOnlyWith(FormAssert.Validate("renew-prescription", json), "medicines", FieldErrorCodes.Required);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_MedicineWithoutName_Required()
    {
        var result = FormAssert.Validate("renew-prescription", """{"medicines": [{"name": "Alvedon"}, {"strength": "500 mg"}]}""");

        FormAssert.FailsOnlyWith(result, "medicines[1].name", FieldErrorCodes.Required);
    }

    [Fact]
    public void Validate_MedicineWithDetails_Accepted()
    {
        var result = FormAssert.Validate(
            "renew-prescription", """{"medicines": [{"name": "Alvedon", "strength": "500 mg", "dosage": "1x3", "form": "tablett", "quantity": "100 st"}]}""");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_MedicineAsBareName_NormalisedToObject()
    {
        var result = FormAssert.Validate("renew-prescription", """{"medicines": ["Alvedon", {"name": "Ipren"}]}""");

        Assert.Equal("""{"medicines":[{"name":"Alvedon"},{"name":"Ipren"}]}""", FormAssert.Valid(result));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_UnknownMemberOfMedicine_NotAllowed()
    {
        var result = FormAssert.Validate("renew-prescription", """{"medicines": [{"name": "Alvedon", "colour": "vit"}]}""");

        FormAssert.FailsOnlyWith(result, "medicines[0].colour", FieldErrorCodes.NotAllowed);
    }

    [Fact]
    public void Validate_MedicinesNotAList_Invalid()
    {
        var result = FormAssert.Validate("renew-prescription", """{"medicines": {"name": "Alvedon"}}""");

        FormAssert.FailsOnlyWith(result, "medicines", FieldErrorCodes.Invalid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_ExtraInformationWhenClinicDoesNotAllowIt_NotAllowed()
    {
        var result = FormAssert.Validate("renew-prescription", """{"medicines": ["Alvedon"], "extraInformation": "Brådskande"}""");

        FormAssert.FailsOnlyWith(result, "extraInformation", FieldErrorCodes.NotAllowed);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_ExtraInformationWhenClinicAllowsIt_Accepted()
    {
        var result = FormAssert.Validate(
            "renew-prescription",
            """{"medicines": ["Alvedon"], "extraInformation": "Brådskande"}""",
            new CaseTypeSettings { Active = true, AllowExtraInformation = true });

        Assert.Equal("""{"medicines":[{"name":"Alvedon"}],"extraInformation":"Brådskande"}""", FormAssert.Valid(result));
    }
}
