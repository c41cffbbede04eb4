using IntegrationHub.Grains.Journal;
using IntegrationHub.Runtime.Hosting;

namespace IntegrationHub.Grains;

public static class HubGrainsRegistration
{
    /// <summary>The hub's grains and the outbox handlers of the events they emit. The adapters' interfaces must be registered too.</summary>
    public static GrainRuntimeBuilder AddHubGrains(this GrainRuntimeBuilder runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return runtime
            .AddGrainsFrom(typeof(HubGrainsRegistration).Assembly)
            .AddOutboxHandler<JournalNoteHandler>();
    }
}
