using IntegrationHub.Gateway.Assertions;
using IntegrationHub.Gateway.HopOuts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Gateway.Hosting;

/// <summary>DI registration of the gateway's hop-out forwarding.</summary>
public static class HubGatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds the hop-out forwarding: YARP's forwarder, <see cref="HopOutDestinations"/> (seeded from
    /// <see cref="HopOutServiceOptions"/>, updatable at runtime), the gateway's signing key and assertion issuer.
    /// The hub must also register an <see cref="IHopOutAuthorizer"/>. Map the routes with
    /// <see cref="HubGatewayEndpointRouteBuilderExtensions.MapHubHopOuts"/>.
    /// </summary>
    /// <param name="services">The gateway's services.</param>
    /// <param name="configure">Issuer, assertion lifetime, signing key.</param>
    /// <param name="configureServices">The hop-out services known at start.</param>
    public static IServiceCollection AddHubGateway(
        this IServiceCollection services,
        Action<HubGatewayOptions>? configure = null,
        Action<HopOutServiceOptions>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var gateway = services.AddOptions<HubGatewayOptions>()
            .Validate(o => !string.IsNullOrEmpty(o.Issuer) && o.AssertionLifetime > TimeSpan.Zero, "The gateway needs an issuer and a positive assertion lifetime.");
        if (configure is not null)
        {
            gateway.Configure(configure);
        }

        var hopOuts = services.AddOptions<HopOutServiceOptions>();
        if (configureServices is not null)
        {
            hopOuts.Configure(configureServices);
        }

        services.AddHttpForwarder();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HopOutDestinations>();
        services.TryAddSingleton<GatewaySigningKeys>();
        services.TryAddSingleton<HopOutAssertionIssuer>();
        services.TryAddSingleton<HopOutHttpClient>();
        services.TryAddSingleton<HopOutTransformer>();
        services.TryAddSingleton<HopOutEndpoint>();
        return services;
    }
}
