using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using IntegrationHub.Identity.Tokens;
using IntegrationHub.ServiceDefaults.Assertions;
using IntegrationHub.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.ServiceDefaults;

public static class HubCoreServiceCollectionExtensions
{
    /// <summary>
    /// What every hub process shares: the store, the hub's clock, the grains by what callers know of them (a resident
    /// by personnummer, keyed by its pseudonym) and single use of assertions across the cluster. The pseudonym key is <c>Hub:PseudonymKey</c>, or for the local hub a key
    /// file in its data directory.
    /// </summary>
    public static IServiceCollection AddHubCore(this IServiceCollection services, HubOptions options, string? pseudonymKey, HubClock clock, bool keyFileAllowed)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddHubStore(options.StoreOptions());
        services.TryAddSingleton(options);
        services.TryAddSingleton(clock);
        services.TryAddSingleton(new ResidentPseudonyms(PseudonymKey.Load(pseudonymKey, keyFileAllowed ? options.DataDirectory : null)));
        services.TryAddSingleton<HubGrains>();
        services.TryAddSingleton<IAssertionReplayLedger, StoreAssertionReplayLedger>();
        return services;
    }
}
