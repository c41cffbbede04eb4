namespace IntegrationHub.Runtime.Storage;

/// <summary>
/// An event a grain emits (a notification, a journal note, an audit record). Committed with the grain's state and
/// delivered at least once; <see cref="Id"/> lets the receiver drop duplicates.
/// </summary>
public sealed record OutboxMessage(Guid Id, string Topic, string Payload, DateTimeOffset CreatedAt, DateTimeOffset DueAt);
