using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.Extensions.Caching.Memory;

namespace IntegrationHub.Gateway.Sessions.Gate;

/// <summary>
/// The session grains' references the gateway asks, kept for reuse. Orleans builds a new reference for every
/// <c>GetGrain</c>, and the generated reference resolves its argument copiers through reflection as it is built; profiled
/// on the hop-out GET, building references (this one and the session grain's account reference) took ≈ 7 % of the hub's CPU. A reference is
/// only an address (the session's own key, a SHA-256 of its cookie): keeping one decides nothing, every request still
/// asks the grain. Bounded in number, and a reference not used for 5 minutes is dropped. A singleton.
/// </summary>
internal sealed class SessionGrainReferences(HubGrains grains) : IDisposable
{
    private const int MaxReferences = 50_000;
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(5);

    private readonly MemoryCache references = new(new MemoryCacheOptions { SizeLimit = MaxReferences });

    /// <summary>The session grain of this key.</summary>
    public ISessionGrain Of(string sessionKey)
    {
        if (references.TryGetValue(sessionKey, out ISessionGrain? session))
        {
            return session!;
        }

        session = grains.Session(sessionKey);
        using (var entry = references.CreateEntry(sessionKey))
        {
            entry.Value = session;
            entry.Size = 1;
            entry.SlidingExpiration = Unused;
        }

        return session;
    }

    public void Dispose() => references.Dispose();
}
