namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>
/// The set-based retention job (CS7): a durable reminder runs a purge of every case whose latest event is two years
/// old, as SQL over the retention index (no case is activated), and removes their attachment files.
/// </summary>
[Alias("hub.ICaseRetentionGrain")]
public interface ICaseRetentionGrain : IGrainWithStringKey
{
    /// <summary>The one key of the job.</summary>
    public const string Key = "cases";

    /// <summary>Makes sure the hourly reminder exists; every silo asks at start.</summary>
    Task EnsureScheduledAsync();

    /// <summary>Purges now; returns how many cases went.</summary>
    Task<int> SweepAsync();
}
