namespace IntegrationHub.Grains.Accounts;

/// <summary>An e-identification that the gateway verified; <see cref="SessionKey"/> is the session it will start.</summary>
public sealed record ResidentLogin(string SessionKey, string Method);
