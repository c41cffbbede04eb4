using IntegrationHub.Store.Effects;

namespace IntegrationHub.Store.Outbox;

/// <summary>An outbox event claimed for delivery, with how often it was tried before.</summary>
public sealed record ClaimedOutboxMessage(OutboxMessage Message, int Attempts);
