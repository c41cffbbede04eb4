namespace IntegrationHub.Store.Effects;

/// <summary>
/// A domain event a grain emits (a notification, a journal note, a hub message). Recorded in the grain's state with the
/// change that caused it, then put in the outbox and delivered at least once; <see cref="Id"/> lets the receiver drop
/// duplicates.
/// </summary>
/// <param name="CreatedAt">When the event happened, on the hub's clock.</param>
/// <param name="DueAt">When it is to be delivered, in real time (the outbox workers' clock).</param>
public sealed record OutboxMessage(Guid Id, string Topic, string Payload, DateTimeOffset CreatedAt, DateTimeOffset DueAt);
