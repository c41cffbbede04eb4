namespace IntegrationHub.Grains.Hosting;

/// <summary>The silo's own work as a host may drive it: what simulation calls when its clock moves.</summary>
public interface IHubSiloWork
{
    /// <summary>
    /// Delivers every due outbox event and runs the daily and retention work now, repeating deliveries until none is
    /// due: what fell due when a simulated clock moved is done before the call returns.
    /// </summary>
    Task RunDueWorkAsync(CancellationToken cancellationToken);

    /// <summary>Delivers every outbox event due now, including those the deliveries themselves cause.</summary>
    Task DeliverAllAsync(CancellationToken cancellationToken);
}
