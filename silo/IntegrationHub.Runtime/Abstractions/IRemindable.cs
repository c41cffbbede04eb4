namespace IntegrationHub.Runtime;

/// <summary>A grain that receives durable reminders. A reminder survives deactivation and silo restarts.</summary>
public interface IRemindable
{
    Task ReceiveReminderAsync(string reminderName, ReminderTick tick, CancellationToken cancellationToken);
}
