using IntegrationHub.Grains.Contracts.Accounts;

namespace IntegrationHub.Grains.Accounts;

/// <summary>LK6 reviews that fall due: partition "due", sort key the day (Stockholm), entry key the account's pseudonym.</summary>
internal static class LockReviews
{
    public const string Index = "lock-review";
    public const string Partition = "due";
}
