using IntegrationHub.Grains.Daily;
using IntegrationHub.Grains.Inbox;
using IntegrationHub.Grains.Journal;
using IntegrationHub.Grains.Notifications;
using IntegrationHub.Grains.Proxies;
using IntegrationHub.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Grains;

public static class HubGrainsRegistration
{
    /// <summary>The hub's grains and the outbox handlers of the events they emit. The adapters' interfaces must be registered too.</summary>
    public static GrainRuntimeBuilder AddHubGrains(this GrainRuntimeBuilder runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        runtime.Services.AddHostedService<DailyWorkScheduler>();
        return runtime
            .AddGrainsFrom(typeof(HubGrainsRegistration).Assembly)
            .AddOutboxHandler<JournalNoteHandler>()
            .AddOutboxHandler<NewMessageNoticeHandler>()
            .AddOutboxHandler<ProxyEndHandler>()
            .AddOutboxHandler<HubMessageHandler>();
    }
}
