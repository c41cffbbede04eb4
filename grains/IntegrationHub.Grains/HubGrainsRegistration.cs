using IntegrationHub.Grains.Effects;
using IntegrationHub.Grains.Hosting;
using IntegrationHub.Grains.Inbox;
using IntegrationHub.Grains.Journal;
using IntegrationHub.Grains.Notifications;
using IntegrationHub.Grains.Outbox;
using IntegrationHub.Grains.Proxies;
using IntegrationHub.Grains.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime;

namespace IntegrationHub.Grains;

public static class HubGrainsRegistration
{
    /// <summary>
    /// The hub's grains, the outbox handlers of the events they emit (delivered on the stream provider
    /// <see cref="OutboxStreams.Provider"/>, which the silo adds), and the silo's own work. The host registers the store,
    /// the adapters' interfaces, <see cref="Contracts.Keys.HubGrains"/> and <see cref="Identity.HubClock"/>.
    /// </summary>
    public static IServiceCollection AddHubGrains(this IServiceCollection services)
    {
        services.TryAddSingleton<HubGrainContext>();
        services.AddOptions<OutboxOptions>();
        services.TryAddSingleton<OutboxDelivery>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<EffectRecovery>();
        services.TryAddSingleton<SiloMetrics>();
        services.TryAddSingleton<OutboxLagProbe>();
        services.TryAddSingleton<HubSiloWork>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<HubSiloWork>());
        services.TryAddSingleton<IHubSiloWork>(sp => sp.GetRequiredService<HubSiloWork>());
        services.TryAddSingleton<JournalReconciler>();
        services.AddOutboxHandler<JournalNoteHandler>();
        services.AddOutboxHandler<JournalReconciliationHandler>();
        services.AddOutboxHandler<NewMessageNoticeHandler>();
        services.AddOutboxHandler<ProxyEndHandler>();
        services.AddOutboxHandler<HubMessageHandler>();
        return services;
    }

    public static IServiceCollection AddOutboxHandler<THandler>(this IServiceCollection services)
        where THandler : class, IOutboxHandler
    {
        services.AddSingleton<IOutboxHandler, THandler>();
        return services;
    }
}
