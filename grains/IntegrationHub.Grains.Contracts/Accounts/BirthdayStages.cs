namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// The 13th-birthday work, as rows of the "birthday-work" index (partition "due", sort key the due date in Stockholm,
/// entry key "{personnummer}:{stage}"), so that the daily sweep finds the children due with SQL, not by activating accounts.
/// </summary>
public static class BirthdayStages
{
    public const string Index = "birthday-work";
    public const string Partition = "due";

    /// <summary>PX6: three months before, a message to the child and each guardian.</summary>
    public const string ThreeMonthsBefore = "notice-3m";

    /// <summary>PX6: one week before, a reminder.</summary>
    public const string OneWeekBefore = "notice-1w";

    /// <summary>PX5: on the day, proxies end, the child's contacts are erased, and the child is told.</summary>
    public const string Birthday = "turned-13";

    public static IReadOnlyList<string> All { get; } = [ThreeMonthsBefore, OneWeekBefore, Birthday];

    public static DateOnly DueOn(string stage, DateOnly thirteenthBirthday) => stage switch
    {
        ThreeMonthsBefore => thirteenthBirthday.AddMonths(-3),
        OneWeekBefore => thirteenthBirthday.AddDays(-7),
        Birthday => thirteenthBirthday,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a birthday stage."),
    };

    public static string EntryKey(string personnummer, string stage) => $"{personnummer}:{stage}";

    public static (string Personnummer, string Stage) ParseEntryKey(string entryKey)
    {
        var colon = entryKey.IndexOf(':', StringComparison.Ordinal);
        return (entryKey[..colon], entryKey[(colon + 1)..]);
    }
}
