namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>An e-identification that the gateway verified; <see cref="SessionKey"/> is the session it will start.</summary>
[GenerateSerializer]
[Alias("hub.ResidentLogin")]
public sealed record ResidentLogin(string SessionKey, string Method);
