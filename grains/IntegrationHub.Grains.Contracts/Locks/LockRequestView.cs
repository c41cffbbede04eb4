namespace IntegrationHub.Grains.Locks;

public sealed record LockRequestView(string Id, LockRequestKind Kind, string Status, LockOrigin Origin, bool Emergency);
