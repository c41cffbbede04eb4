namespace IntegrationHub.Runtime.Storage;

/// <summary>An outbox message leased by one worker; <see cref="Attempts"/> counts earlier deliveries that failed.</summary>
public sealed record ClaimedOutboxMessage(OutboxMessage Message, int Attempts);
