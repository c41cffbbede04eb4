using IntegrationHub.Gateway.Assertions;
using IntegrationHub.Gateway.HopOuts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Gateway.Hosting;

/// <summary>Endpoint mapping of the gateway's hop-out forwarding.</summary>
public static class HubGatewayEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>/hop/{service}/{**path}</c> for every method (authorized by the hub's <see cref="IHopOutAuthorizer"/>,
    /// then forwarded by YARP with <c>X-Hub-Assertion</c> and without the prefix) and
    /// <c>GET /.well-known/hub-jwks.json</c> (the keys that verify the assertions). Needs
    /// <see cref="HubGatewayServiceCollectionExtensions.AddHubGateway"/>; put <c>app.UseInboundHeaderHygiene()</c>
    /// first in the pipeline. Returns the hop-out route, to add conventions to.
    /// </summary>
    public static IEndpointConventionBuilder MapHubHopOuts(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        HubJwksEndpoint.Map(endpoints);
        var endpoint = endpoints.ServiceProvider.GetRequiredService<HopOutEndpoint>();
        return endpoints.Map(HopOutEndpoint.Pattern, endpoint.HandleAsync);
    }
}
