using IntegrationHub.Adapters.Journal;
using IntegrationHub.Grains.Outbox;
using IntegrationHub.Silo.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace IntegrationHub.Silo.Tests.Events;

/// <summary>
/// Two silos whose journal clients report to <see cref="Probe"/>, with a short outbox lease, so that an event lost with
/// its silo comes back within seconds.
/// </summary>
public sealed class EventDeliveryCluster : HubTestCluster
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);

    public JournalProbe Probe { get; } = new();

    protected override void ConfigureSilo(ISiloBuilder silo)
    {
        silo.Services.Configure<OutboxOptions>(o =>
        {
            o.Lease = Lease;
            o.PollInterval = TimeSpan.FromMilliseconds(100);
        });
        var client = silo.Services.Last(d => d.ServiceType == typeof(IJournalSystem));
        silo.Services.Remove(client);
        silo.Services.AddSingleton<IJournalSystem>(services => new ProbedJournalSystem(
            (IJournalSystem)ActivatorUtilities.CreateInstance(services, client.ImplementationType!),
            Probe,
            services.GetRequiredService<ILocalSiloDetails>().SiloAddress));
    }
}
