using IntegrationHub.Fhir.Validation;
using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Adapters.Http;
using IntegrationHub.Adapters.IdentityProvider;
using IntegrationHub.Adapters.Journal;
using IntegrationHub.Adapters.Notifications;
using IntegrationHub.Adapters.PopulationRegistry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace IntegrationHub.Adapters;

/// <summary>Registers the hub's clients of its external systems.</summary>
public static class AdapterServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPopulationRegistry"/>, <see cref="IHsaDirectory"/>, <see cref="IJournalSystem"/>,
    /// <see cref="INotificationGateway"/> and <see cref="IIdentityProviderKeys"/>: singletons over source-generated
    /// Refit clients on named <see cref="IHttpClientFactory"/> clients, each behind its own resilience pipeline
    /// (<see cref="AdapterClientOptions"/>), without the factory's request logging, which would write URLs with
    /// personnummer. The singletons take a Refit client from the factory per call (as the factory intends), so a
    /// system that is not configured fails only when it is called. <paramref name="configure"/> runs when the options
    /// are first needed, so it may read services that exist only then; more configuration can be added with
    /// <c>services.Configure&lt;HubAdapterOptions&gt;</c>. A <see cref="TimeProvider"/> is added (the system clock)
    /// unless one is registered; the resilience pipelines do not use it (they run on the system clock).
    /// </summary>
    public static IServiceCollection AddHubAdapters(this IServiceCollection services, Action<HubAdapterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<HubAdapterOptions>().Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        AddResilientClient<IPopulationRegistryApi>(services, PopulationRegistryClient.HttpClientName, o => o.PopulationRegistry, nameof(HubAdapterOptions.PopulationRegistry));
        AddResilientClient<IHsaDirectoryApi>(services, HsaDirectoryClient.HttpClientName, o => o.Hsa, nameof(HubAdapterOptions.Hsa));
        AddResilientClient<IJournalSystemApi>(services, JournalSystemClient.HttpClientName, o => o.Journal, nameof(HubAdapterOptions.Journal));
        AddResilientClient<INotificationGatewayApi>(services, NotificationGatewayClient.HttpClientName, o => o.Notifications, nameof(HubAdapterOptions.Notifications));
        AddResilientClient<IIdentityProviderApi>(services, IdentityProviderKeysClient.HttpClientName, o => o.IdentityProvider, nameof(HubAdapterOptions.IdentityProvider));

        // Readiness asks the registry once, past the pipeline: never through an open circuit, never into its counts.
        services.AddKeyedRefitGeneratedClient<IPopulationRegistryApi>(
                PopulationRegistryClient.ProbeKey, _ => AdapterRefit.Settings, PopulationRegistryClient.ProbeHttpClientName)
            .ConfigureHttpClient((provider, http) =>
            {
                var options = Options(provider).PopulationRegistry;
                http.BaseAddress = BaseAddress(options, nameof(HubAdapterOptions.PopulationRegistry));
                http.Timeout = options.Timeout;
            })
            .RemoveAllLoggers();
        services.AddKeyedSingleton<Func<IPopulationRegistryApi>>(
            PopulationRegistryClient.ProbeKey, (provider, key) => () => provider.GetRequiredKeyedService<IPopulationRegistryApi>(key));

        services.AddSingleton<IPopulationRegistry, PopulationRegistryClient>();
        services.AddSingleton<IHsaDirectory, HsaDirectoryClient>();
        services.TryAddSingleton(_ => FhirResourceValidator.Shared);
        services.AddSingleton<IJournalSystem, JournalSystemClient>();
        services.AddSingleton<INotificationGateway, NotificationGatewayClient>();
        services.AddSingleton<IIdentityProviderKeys, IdentityProviderKeysClient>();
        return services;
    }

    /// <summary>
    /// A Refit client on the named client <paramref name="name"/>: the resilience pipeline outermost, then the whole
    /// answer read within the attempt (a handler added later to the same name sees every attempt too).
    /// </summary>
    private static void AddResilientClient<TApi>(
        IServiceCollection services, string name, Func<HubAdapterOptions, AdapterClientOptions> select, string optionName)
        where TApi : class
    {
        var client = services.AddRefitGeneratedClient<TApi>(_ => AdapterRefit.Settings, name)
            .ConfigureHttpClient((provider, http) =>
            {
                http.BaseAddress = BaseAddress(select(Options(provider)), optionName);

                // The pipeline's total time-out bounds a call; HttpClient's own would only cut across it.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers();
        client.AddResilienceHandler(
            AdapterResilience.PipelineName,
            (pipeline, context) => AdapterResilience.Configure(pipeline, select(Options(context.ServiceProvider)), optionName));
        client.AddHttpMessageHandler(() => new AnswerBufferingHandler());
        services.AddSingleton<Func<TApi>>(provider => provider.GetRequiredService<TApi>);
    }

    private static HubAdapterOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<HubAdapterOptions>>().Value;

    private static Uri BaseAddress(AdapterClientOptions options, string optionName)
    {
        var baseAddress = options.BaseAddress
            ?? throw new InvalidOperationException($"HubAdapterOptions.{optionName}.BaseAddress is not set.");
        return baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
    }
}
