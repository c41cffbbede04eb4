namespace IntegrationHub.Adapters.IdentityProvider;

/// <summary>
/// The identity provider's keys client: it fetches <c>{BaseAddress}{JwksPath}</c> and keeps the keys for
/// <see cref="KeysCacheDuration"/> (hub clock); a token with a <c>kid</c> it does not know makes it fetch again,
/// at most once per <see cref="MinimumRefreshInterval"/>.
/// </summary>
public sealed record IdentityProviderOptions : AdapterClientOptions
{
    /// <summary>The <c>iss</c> the hub expects; null for the base address without its trailing slash (as the simulator issues).</summary>
    public string? Issuer { get; set; }

    public string JwksPath { get; set; } = ".well-known/jwks.json";

    public TimeSpan KeysCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan MinimumRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
}
