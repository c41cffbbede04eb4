using System.Text.Json;
using IntegrationHub.Adapters.Http;
using IntegrationHub.Identity.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Adapters.IdentityProvider;

/// <summary>
/// The identity provider's JWKS (<see cref="IIdentityProviderApi"/>, <c>GET {base}{JwksPath}</c>), cached for the configured duration on the hub's
/// clock (stale when the clock went back), fetched again for an unknown <c>kid</c> at most once per the minimum
/// refresh interval. When a fetch fails and keys are cached, the cached keys are kept. A replaced key set is
/// not disposed: a validation may still be using it.
/// </summary>
internal sealed partial class IdentityProviderKeysClient : IIdentityProviderKeys, IDisposable
{
    public const string HttpClientName = "IntegrationHub.Adapters.IdentityProvider";

    private readonly Func<IIdentityProviderApi> _identityProvider;
    private readonly IdentityProviderOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<IdentityProviderKeysClient> _logger;
    private readonly SemaphoreSlim _fetchGate = new(1, 1);
    private volatile CachedKeys? _cached;

    public IdentityProviderKeysClient(
        Func<IIdentityProviderApi> identityProvider,
        IOptions<HubAdapterOptions> options,
        TimeProvider timeProvider,
        ILogger<IdentityProviderKeysClient> logger)
    {
        _identityProvider = identityProvider;
        _options = options.Value.IdentityProvider;
        _timeProvider = timeProvider;
        _logger = logger;
        Issuer = _options.Issuer
            ?? _options.BaseAddress?.AbsoluteUri.TrimEnd('/')
            ?? throw new InvalidOperationException("The identity provider's BaseAddress (or Issuer) is not set.");
    }

    public string Issuer { get; }

    public Task<VerificationKeySet> GetKeysAsync(CancellationToken cancellationToken)
    {
        var cached = _cached;
        return cached is not null && Age(cached) < _options.KeysCacheDuration
            ? Task.FromResult(cached.Keys)
            : FetchAsync(cached, cancellationToken);
    }

    public async Task<VerificationKeySet> GetKeysAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await GetKeysAsync(cancellationToken);
        var cached = _cached;
        if (keys.Find(keyId) is not null || cached is null || Age(cached) < _options.MinimumRefreshInterval)
        {
            return keys;
        }

        LogUnknownKey();
        return await FetchAsync(cached, cancellationToken);
    }

    public void Dispose() => _fetchGate.Dispose();

    /// <summary>How old the cached keys are; the longest possible when the clock went back.</summary>
    private TimeSpan Age(CachedKeys cached)
    {
        var age = _timeProvider.GetUtcNow() - cached.FetchedAt;
        return age < TimeSpan.Zero ? TimeSpan.MaxValue : age;
    }

    private async Task<VerificationKeySet> FetchAsync(CachedKeys? seen, CancellationToken cancellationToken)
    {
        await _fetchGate.WaitAsync(cancellationToken);
        try
        {
            var current = _cached;
            if (current is not null && !ReferenceEquals(current, seen))
            {
                return current.Keys; // fetched by another caller meanwhile
            }

            try
            {
                using var response = await _identityProvider().GetJwksAsync(_options.JwksPath.TrimStart('/'), cancellationToken);
                if (!response.IsSuccessStatusCode || response.Content is null)
                {
                    throw new HttpRequestException($"The identity provider answered {(int?)response.StatusCode}.", null, response.StatusCode);
                }

                var keys = VerificationKeySet.FromJwks(response.Content);
                _cached = new CachedKeys(keys, _timeProvider.GetUtcNow());
                LogFetched(keys.Count);
                return keys;
            }
            catch (Exception e) when (AdapterFailures.IsNoAnswer(e, cancellationToken) || e is FormatException or ArgumentException or JsonException)
            {
                LogFetchFailed(e.GetType().Name, current is not null);
                return current?.Keys
                    ?? throw new IdentityProviderUnavailableException("The identity provider's keys could not be fetched.", e);
            }
        }
        finally
        {
            _fetchGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {KeyCount} identity provider key(s).")]
    private partial void LogFetched(int keyCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "An assertion names a key the identity provider's cached keys lack; fetching them again.")]
    private partial void LogUnknownKey();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The identity provider's keys could not be fetched ({Failure}); keeping cached keys: {KeptCached}.")]
    private partial void LogFetchFailed(string failure, bool keptCached);

    private sealed record CachedKeys(VerificationKeySet Keys, DateTimeOffset FetchedAt);
}
