using IntegrationHub.Grains.Outbox;
using System.Text.Json;
using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Grains.Proxies;

namespace IntegrationHub.Grains.Proxies;

internal sealed class ProxyEndHandler(IGrainFactory grains) : IOutboxHandler
{
    public string Topic => ProxyEndRequested.Topic;

    public Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        var request = envelope.Read<ProxyEndRequested>();
        return grains.GetGrain<IProxyRelationshipGrain>(request.RelationshipKey).EndAsync(request.Reason);
    }
}
