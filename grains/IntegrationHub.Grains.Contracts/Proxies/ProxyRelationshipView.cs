namespace IntegrationHub.Grains.Contracts.Proxies;

/// <summary>
/// A relationship as its parties see it. <see cref="ChildName"/> is the personnummer for a newborn without a name
/// yet (PX2); <see cref="Reason"/> is already the shown reason (neutral where the real one would reveal protected identity).
/// </summary>
[GenerateSerializer]
[Alias("hub.ProxyRelationshipView")]
public sealed record ProxyRelationshipView(
    string Guardian,
    string Child,
    string ChildName,
    string Status,
    string? Reason,
    DateTimeOffset Since,
    DateTimeOffset? EndedAt,
    bool HiddenFromGuardian);
