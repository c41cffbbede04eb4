namespace IntegrationHub.Grains.Contracts.Daily;

/// <summary>
/// The hub's work at 00:00 Europe/Stockholm, one grain for the whole cluster (key <see cref="Key"/>): the 13th-birthday
/// stages that fell due and the custody check of every active proxy relationship, both read from index tables.
/// </summary>
[Alias("hub.IDailyWorkGrain")]
public interface IDailyWorkGrain : IGrainWithStringKey
{
    public const string Key = "daily";

    /// <summary>Makes sure the reminder that starts each day's work exists; every silo asks at start.</summary>
    Task EnsureScheduledAsync();

    /// <summary>
    /// Runs the work now, to the end (the simulated clock calls this when it moves; operators may too): what fell due
    /// is done once whatever calls it, since each stage is idempotent in its own grain.
    /// </summary>
    Task<DailyWorkReport> RunAsync();
}
