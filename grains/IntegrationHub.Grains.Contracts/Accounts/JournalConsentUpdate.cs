namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// A seal or guardian-block state from the journal system. <see cref="Active"/> false lifts it. <see cref="RecordedAt"/>
/// orders updates: one older than what the hub holds is ignored.
/// </summary>
[GenerateSerializer]
[Alias("hub.JournalConsentUpdate")]
public sealed record JournalConsentUpdate(string ConsentId, JournalRestriction Restriction, bool Active, DateTimeOffset RecordedAt, IReadOnlyList<string> Units, IReadOnlyList<string> Guardians);
