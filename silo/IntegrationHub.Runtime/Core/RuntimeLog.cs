using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Core;

/// <summary>The runtime's log lines. Grain keys may be personnummer, so only grain types are ever logged.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(1, LogLevel.Warning, "A timer tick of a {GrainType} grain failed")]
    public static partial void TimerFailed(ILogger logger, string grainType, Exception exception);

    [LoggerMessage(2, LogLevel.Warning, "Deactivating a {GrainType} grain ({Reason}) failed")]
    public static partial void DeactivationFailed(ILogger logger, string grainType, DeactivationReason reason, Exception exception);

    [LoggerMessage(3, LogLevel.Warning, "Delivering outbox event {EventId} on topic {Topic} failed (attempt {Attempt}); retrying at {RetryAt}")]
    public static partial void OutboxDeliveryFailed(ILogger logger, Guid eventId, string topic, int attempt, DateTimeOffset retryAt, Exception exception);

    [LoggerMessage(4, LogLevel.Error, "No outbox handler for topic {Topic}; event {EventId} waits")]
    public static partial void NoOutboxHandler(ILogger logger, string topic, Guid eventId);

    [LoggerMessage(5, LogLevel.Warning, "Reminder {ReminderName} of a {GrainType} grain failed; it fires again when its lease runs out")]
    public static partial void ReminderFailed(ILogger logger, string reminderName, string grainType, Exception exception);

    [LoggerMessage(6, LogLevel.Error, "The {Worker} worker failed; it goes on after a pause")]
    public static partial void WorkerFailed(ILogger logger, string worker, Exception exception);

    [LoggerMessage(7, LogLevel.Information, "Silo {SiloId} started")]
    public static partial void SiloStarted(ILogger logger, string siloId);

    [LoggerMessage(8, LogLevel.Information, "Silo {SiloId} stopped; {Count} activations deactivated")]
    public static partial void SiloStopped(ILogger logger, string siloId, int count);

    [LoggerMessage(9, LogLevel.Debug, "Collected {Count} idle activations")]
    public static partial void Collected(ILogger logger, int count);
}
