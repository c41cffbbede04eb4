namespace IntegrationHub.Gateway.Api.Locks;

/// <summary>LK1: whoever executes a lock is told whether the journal is sealed and what the lock does not do.</summary>
internal sealed record LockExecutedView(string Status, bool JournalSealed, string? Warning);
