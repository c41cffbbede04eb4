using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Adapters.IdentityProvider;
using IntegrationHub.Adapters.Journal;
using IntegrationHub.Adapters.Notifications;
using IntegrationHub.Adapters.PopulationRegistry;

namespace IntegrationHub.Adapters;

/// <summary>The options of <see cref="AdapterServiceCollectionExtensions.AddHubAdapters"/>: one per external system.</summary>
public sealed class HubAdapterOptions
{
    public PopulationRegistryOptions PopulationRegistry { get; set; } = new();

    public HsaDirectoryOptions Hsa { get; set; } = new();

    public JournalSystemOptions Journal { get; set; } = new();

    public NotificationGatewayOptions Notifications { get; set; } = new();

    public IdentityProviderOptions IdentityProvider { get; set; } = new();
}
