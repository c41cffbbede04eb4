namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>A grain with one reminder, for what the cluster promises of reminders: each tick fires once, and late rather than never.</summary>
[Alias("test.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers the reminder to fire first after <paramref name="due"/>; it unregisters itself at its first tick.</summary>
    Task ArmAsync(TimeSpan due);

    /// <summary>The due times of every tick that fired, one entry per firing.</summary>
    Task<IReadOnlyList<DateTime>> FiredAsync();
}
