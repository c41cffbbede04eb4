using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class CaseTypeCatalogTests
{
    [Fact]
    [Trait("Rule", "CS2")]
    public void National_Always_ListsTheTenNationalTypesOfTheApi()
    {
        var ids = CaseTypeCatalog.National.Select(t => t.Id).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            new[]
            {
                "advice", "ask-nurse", "cancel-rebook", "contact-me", "extend-sick-leave", "journal-copy",
                "renew-aids", "renew-prescription", "request-appointment", "request-certificate",
            },
            ids);
        Assert.All(CaseTypeCatalog.National, t => Assert.False(string.IsNullOrWhiteSpace(t.Name)));
        Assert.All(CaseTypeCatalog.National, t => Assert.False(t.IsCustom));
    }

    [Theory]
    [Trait("Rule", "CS2")]
    [InlineData("custom-vaccination")]
    [InlineData("custom-travel-vaccine-2")]
    [InlineData("custom-x")]
    public void TryGet_WellFormedCustomId_ReturnsClinicType(string id)
    {
        Assert.True(CaseTypeCatalog.TryGet(id, out var caseType));
        Assert.Equal(id, caseType.Id);
        Assert.True(caseType.IsCustom);
    }

    [Theory]
    [Trait("Rule", "CS2")]
    [InlineData("custom-")]
    [InlineData("custom-Vaccination")]
    [InlineData("custom--x")]
    [InlineData("custom-x-")]
    [InlineData("custom-a_b")]
    [InlineData("custom-å")]
    [InlineData("Advice")]
    [InlineData("renew_aids")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGet_UnknownOrMalformedId_ReturnsFalse(string? id)
    {
        Assert.False(CaseTypeCatalog.TryGet(id, out _));
    }

    [Fact]
    public void TryGet_CustomIdLongerThanLimit_ReturnsFalse()
    {
        Assert.False(CaseTypeCatalog.TryGet("custom-" + new string('a', 58), out _));
        Assert.True(CaseTypeCatalog.TryGet("custom-" + new string('a', 57), out _));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_UnknownCaseType_FailsOnCaseType()
    {
        var result = FormAssert.Validate("excessive-forms", "{}");

        FormAssert.FailsOnlyWith(result, "caseType", FieldErrorCodes.Invalid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_EveryNationalType_RefusesUnknownField()
    {
        foreach (var caseType in CaseTypeCatalog.National)
        {
            var result = caseType.Validate(TestJson.Parse("""{"evil": "x"}"""), new CaseTypeSettings { Active = true });

            FormAssert.Fails(result, "evil", FieldErrorCodes.NotAllowed);
        }
    }

    [Fact]
    [Trait("Rule", "CS1")]
    public void Describe_RequestAppointmentWithoutUnsuitableDays_LeavesTheFieldOut()
    {
        Assert.True(CaseTypeCatalog.TryGet("request-appointment", out var caseType));

        var hidden = caseType.Describe(new CaseTypeSettings { Active = true });
        var shown = caseType.Describe(new CaseTypeSettings { Active = true, ShowUnsuitableDays = true });

        Assert.Equal(["contactReason"], hidden.Fields.Select(f => f.Name));
        Assert.Equal(["contactReason", "unsuitableDays"], shown.Fields.Select(f => f.Name));
        Assert.True(hidden.Fields[0].Required);
        Assert.Equal("Beställa tid", hidden.Name);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Describe_RenewPrescription_DescribesTheMedicineList()
    {
        Assert.True(CaseTypeCatalog.TryGet("renew-prescription", out var caseType));

        var form = caseType.Describe(new CaseTypeSettings { Active = true, AllowExtraInformation = true });

        var medicines = form.Fields.Single(f => f.Name == "medicines");
        Assert.Equal("list", medicines.Kind);
        Assert.Equal(1, medicines.MinItems);
        Assert.Equal(10, medicines.MaxItems);
        Assert.Contains(medicines.Items!, f => f.Name == "name" && f.Required);
        Assert.Contains(form.Fields, f => f.Name == "extraInformation");
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Describe_RenewAids_MarksDeliveryAsRequiredForIncontinence()
    {
        Assert.True(CaseTypeCatalog.TryGet("renew-aids", out var caseType));

        var delivery = caseType.Describe(new CaseTypeSettings()).Fields.Single(f => f.Name == "delivery");

        Assert.False(delivery.Required);
        Assert.Equal("aids[].incontinence", delivery.RequiredWhen);
    }
}
