namespace IntegrationHub.Runtime;

/// <summary>One firing of a reminder: when it was due and when it actually ran.</summary>
public sealed record ReminderTick(DateTimeOffset DueAt, DateTimeOffset FiredAt, TimeSpan? Period);
