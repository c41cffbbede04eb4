namespace IntegrationHub.Silo.Tests.Cluster;

public sealed class ReminderProbeState
{
    public List<DateTime> Fired { get; set; } = [];
}
