namespace IntegrationHub.Runtime.Hosting;

/// <summary>Operations on the local silo for hosts, the simulation clock and tests.</summary>
public interface ISiloControl
{
    string SiloId { get; }

    int ActivationCount { get; }

    /// <summary>Fires every due reminder and delivers every due outbox event, repeating until nothing is due.</summary>
    Task RunDueWorkAsync(CancellationToken cancellationToken);

    Task<int> CollectIdleActivationsAsync(CancellationToken cancellationToken);

    /// <summary>Stops this silo as a crash would: no deactivation, no cleanup, leases left to run out.</summary>
    void Kill();
}
