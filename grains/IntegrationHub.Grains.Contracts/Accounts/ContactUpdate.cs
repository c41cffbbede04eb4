namespace IntegrationHub.Grains.Accounts;

/// <summary>A settings change; a null member leaves that contact as it is, an empty one removes it.</summary>
public sealed record ContactUpdate(string? Mobile, string? Email);
