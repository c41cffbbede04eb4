namespace IntegrationHub.Grains.Journal;

/// <summary>
/// What one reconciliation of a resident found: how many of the journal system's Consents changed the hub's mirror
/// (<see cref="Repaired"/>), which it could not read (<see cref="Unreadable"/>), and the ids the hub mirrors that the
/// journal system no longer lists (<see cref="HubOnly"/>: kept, since absence is not a lift, and reported).
/// </summary>
public sealed record JournalReconciliation(int Repaired, int Unreadable, IReadOnlyList<string> HubOnly);
