using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Identity;

namespace IntegrationHub.Grains.Accounts;

/// <summary>Ages counted in Swedish time: a birthday begins at midnight in Stockholm, not in UTC.</summary>
internal static class AgeRules
{
    public const int JournalAge = 16;
    public const int MedicationsAge = 18;
    public const int ProxyUserAge = 13;

    public static int AgeAt(DateOnly birthDate, DateTimeOffset instant)
    {
        var today = StockholmTime.DateOf(instant);
        var age = today.Year - birthDate.Year;
        if (today < birthDate.AddYears(age))
        {
            age--;
        }

        return age;
    }
}
