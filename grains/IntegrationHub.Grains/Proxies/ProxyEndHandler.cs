using System.Text.Json;
using IntegrationHub.Grains.Proxies;
using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Outbox;

namespace IntegrationHub.Grains.Proxies;

internal sealed class ProxyEndHandler(IGrainFactory grains) : IOutboxHandler
{
    public string Topic => ProxyEndRequested.Topic;

    public Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        var request = envelope.Read<ProxyEndRequested>(JsonSerializerOptions.Web);
        return grains.GetGrain<IProxyRelationshipGrain>(request.RelationshipKey).EndAsync(request.Reason);
    }
}
