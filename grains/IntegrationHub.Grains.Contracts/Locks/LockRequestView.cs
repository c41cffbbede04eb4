namespace IntegrationHub.Grains.Contracts.Locks;

[GenerateSerializer]
[Alias("hub.LockRequestView")]
public sealed record LockRequestView(string Id, LockRequestKind Kind, string Status, LockOrigin Origin, bool Emergency);
