using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Adapters.IdentityProvider;
using IntegrationHub.Adapters.Journal;
using IntegrationHub.Adapters.Notifications;
using IntegrationHub.Adapters.PopulationRegistry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Adapters;

/// <summary>Registers the hub's clients of its external systems.</summary>
public static class AdapterServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPopulationRegistry"/>, <see cref="IHsaDirectory"/>, <see cref="IJournalSystem"/>,
    /// <see cref="INotificationGateway"/> and <see cref="IIdentityProviderKeys"/> (singletons over named
    /// <see cref="IHttpClientFactory"/> clients, without the factory's request logging, which would write URLs with
    /// personnummer). <paramref name="configure"/> runs when the options are first needed, so it may read services
    /// that exist only then; more configuration can be added with <c>services.Configure&lt;HubAdapterOptions&gt;</c>.
    /// A <see cref="TimeProvider"/> is added (the system clock) unless one is registered.
    /// </summary>
    public static IServiceCollection AddHubAdapters(this IServiceCollection services, Action<HubAdapterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<HubAdapterOptions>().Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        AddHttpClient(services, PopulationRegistryClient.HttpClientName, o => o.PopulationRegistry, "PopulationRegistry");
        AddHttpClient(services, HsaDirectoryClient.HttpClientName, o => o.Hsa, "Hsa");
        AddHttpClient(services, JournalSystemClient.HttpClientName, o => o.Journal, "Journal");
        AddHttpClient(services, NotificationGatewayClient.HttpClientName, o => o.Notifications, "Notifications");
        AddHttpClient(services, IdentityProviderKeysClient.HttpClientName, o => o.IdentityProvider, "IdentityProvider");
        services.AddSingleton<IPopulationRegistry, PopulationRegistryClient>();
        services.AddSingleton<IHsaDirectory, HsaDirectoryClient>();
        services.AddSingleton<IJournalSystem, JournalSystemClient>();
        services.AddSingleton<INotificationGateway, NotificationGatewayClient>();
        services.AddSingleton<IIdentityProviderKeys, IdentityProviderKeysClient>();
        return services;
    }

    private static void AddHttpClient(
        IServiceCollection services, string name, Func<HubAdapterOptions, AdapterClientOptions> select, string optionName) =>
        services.AddHttpClient(name, (provider, http) =>
            {
                var options = select(provider.GetRequiredService<IOptions<HubAdapterOptions>>().Value);
                var baseAddress = options.BaseAddress
                    ?? throw new InvalidOperationException($"HubAdapterOptions.{optionName}.BaseAddress is not set.");
                http.BaseAddress = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");

                // Polly times each attempt; this only bounds a whole call with all its attempts and back-off.
                http.Timeout = (options.Timeout * (options.MaxRetryAttempts + 1)) + TimeSpan.FromSeconds(5);
            })
            .RemoveAllLoggers();
}
