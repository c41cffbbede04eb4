namespace IntegrationHub.Runtime.Storage;

/// <summary>A durable reminder row. <see cref="ETag"/> changes on every upsert, so a firing never overwrites a newer registration.</summary>
public sealed record ReminderEntry(GrainId Grain, string Name, DateTimeOffset DueAt, TimeSpan? Period, string ETag);
