using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

internal static class FormAssert
{
    public static CaseFormResult Validate(string caseTypeId, string fieldsJson, CaseTypeSettings? settings = null) =>
        CaseTypeCatalog.Validate(caseTypeId, TestJson.Parse(fieldsJson), settings ?? new CaseTypeSettings { Active = true });

    public static string Valid(CaseFormResult result)
    {
        Assert.True(result.IsValid, "Expected valid, got: " + string.Join("; ", result.Errors.Select(e => $"{e.Field} {e.Code}")));
        return TestJson.Compact(result.Fields);
    }

    public static void Fails(CaseFormResult result, string field, string code)
    {
        Assert.False(result.IsValid);
        Assert.Contains(
            result.Errors,
            e => e.Field == field && e.Code == code);
    }

    public static void FailsOnlyWith(CaseFormResult result, string field, string code)
    {
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
