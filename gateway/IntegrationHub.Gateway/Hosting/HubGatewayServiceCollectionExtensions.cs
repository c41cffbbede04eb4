using IntegrationHub.Identity;
using IntegrationHub.Gateway.Assertions;
using IntegrationHub.Gateway.HopOuts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Gateway.Hosting;

/// <summary>DI registration of the gateway's hop-out forwarding.</summary>
public static class HubGatewayServiceCollectionExtensions
{
    private const string ForwarderLogCategory = "Yarp.ReverseProxy.Forwarder.HttpForwarder";

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

        // SEC3: YARP's forwarder logs "Proxying to {targetUrl}" at Information with the full destination URL, and a hop-out
        // path or query string may carry a personnummer (/hop/journal/records?patient=...). The gateway writes its own
        // line per hop-out (HopOutLog: service and status only), so YARP's forwarder speaks from Warning up. A more
        // specific category always wins over a broader one, so "Yarp" or "Default" at Information does not undo this.
        services.Configure<LoggerFilterOptions>(o => o.AddFilter(ForwarderLogCategory, LogLevel.Warning));
        services.TryAddSingleton(HubClock.RealTime);
        services.TryAddSingleton<HopOutDestinations>();
        services.TryAddSingleton<GatewaySigningKeys>();
        services.TryAddSingleton<HopOutAssertionIssuer>();
        services.TryAddSingleton<HopOutHttpClient>();
        services.TryAddSingleton<HopOutTransformer>();
        services.TryAddSingleton<HopOutMetrics>();
        services.TryAddSingleton<HopOutEndpoint>();
        return services;
    }
}
