using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Adapters.IdentityProvider;
using IntegrationHub.Adapters.Journal;
using IntegrationHub.Adapters.Notifications;
using IntegrationHub.Adapters.PopulationRegistry;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Adapters.Tests;

public sealed class AdapterServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddHubAdapters_OnlyRegistryConfigured_OthersResolveAndFailWhenCalled()
    {
        using var services = AdapterServices.Create(o => o.PopulationRegistry.BaseAddress = new Uri("http://127.0.0.1:9/"));

        Assert.NotNull(services.GetRequiredService<IPopulationRegistry>());
        Assert.NotNull(services.GetRequiredService<IHsaDirectory>());
        Assert.NotNull(services.GetRequiredService<INotificationGateway>());
        var journal = services.GetRequiredService<IJournalSystem>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => journal.WriteNoteAsync(
            new JournalNote(Guid.NewGuid(), TestPeople.Tolvan, "Titel", "Text", DateTimeOffset.UnixEpoch), CancellationToken.None));

        Assert.Contains("HubAdapterOptions.Journal.BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IIdentityProviderKeys>());
    }
}
