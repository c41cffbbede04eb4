using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class JournalCopyTests
{
    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_NothingGiven_AcceptedAsTheWholeJournal()
    {
        Assert.Equal("{}", FormAssert.Valid(FormAssert.Validate("journal-copy", "{}")));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_PeriodAndUnits_Accepted()
    {
        var result = FormAssert.Validate(
            "journal-copy", """{"fromDate": "2020-01-01", "toDate": "2024-12-31", "units": "Ortopeden", "message": "Papperskopia"}""");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_PeriodEndsBeforeItStarts_Invalid()
    {
        var result = FormAssert.Validate("journal-copy", """{"fromDate": "2024-01-01", "toDate": "2023-12-31"}""");

        FormAssert.FailsOnlyWith(result, "toDate", FieldErrorCodes.Invalid);
    }
}
