using IntegrationHub.Runtime;

namespace IntegrationHub.Grains.Daily;

/// <summary>
/// The hub's work at 00:00 Europe/Stockholm, one grain for the whole cluster (key <see cref="Key"/>): the 13th-birthday
/// stages that fell due and the custody check of every active proxy relationship, both read from index tables.
/// </summary>
public interface IDailyWorkGrain : IGrainWithStringKey
{
    public const string Key = "daily";

    /// <summary>Schedules the first run if none is scheduled; never moves a run that is already due.</summary>
    Task EnsureScheduledAsync();

    /// <summary>Runs the work now (the reminder calls this; tests and operators may too).</summary>
    Task<DailyWorkReport> RunAsync();
}
