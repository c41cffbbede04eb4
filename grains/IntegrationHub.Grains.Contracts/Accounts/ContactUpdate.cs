namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// A settings change; a null member leaves that contact as it is, an empty one removes it. <see cref="ByGuardian"/> is
/// set when a guardian changes a child's settings in proxy mode (PX3, PX8), for the audit record.
/// </summary>
[GenerateSerializer]
[Alias("hub.ContactUpdate")]
public sealed record ContactUpdate(string? Mobile, string? Email, string? ByGuardian = null);
