using IntegrationHub.Grains.Contracts.Calls;
namespace IntegrationHub.Grains.Contracts.Proxies;

/// <summary>
/// A guardian's right to act for a child, keyed by <see cref="ProxyRelationshipKey.Of"/>. States: none → active → ended (final; a new
/// relationship may start again later if the rules allow it). Custody comes from the population registry and is
/// checked when it is created, whenever the guardian switches to the child, and by the daily sweep.
/// </summary>
[Alias("hub.IProxyRelationshipGrain")]
public interface IProxyRelationshipGrain : IGrainWithStringKey
{
    /// <summary>PX1, PX2, PX7, PX10, DC1: checks custody, ages, protected identity and death with the registry.</summary>
    Task<ProxyOutcome> CreateAsync();

    /// <summary>Before the guardian switches to the child: the registry is asked again, and the relationship ends if it must.</summary>
    Task<ProxyOutcome> CheckForUseAsync();


    [Idempotent]
    Task<ProxyRelationshipView?> GetAsync();

    /// <summary>Ends the relationship with a coded reason; both parties are told (neutrally for protected identity).</summary>
    Task EndAsync(string reason);

    /// <summary>The daily sweep: custody, protection and death checked again with the registry.</summary>
    Task VerifyAsync();
}
