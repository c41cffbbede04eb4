using IntegrationHub.Runtime.Remoting.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Runtime.Remoting.Server;

/// <summary>Serving the local silo's grains to remote callers (a separate gateway).</summary>
public static class GrainCallServerExtensions
{
    /// <summary>
    /// Registers the grain-call endpoint's services. The key binds from <c>Hub:Internal:Key</c>
    /// (<see cref="InternalCallOptions"/>) unless <paramref name="configureKey"/> sets it. Needs the grain runtime
    /// (<c>services.AddGrainRuntime(...)</c>); only interfaces of its registered grain assemblies can be called.
    /// </summary>
    public static IServiceCollection AddGrainCallServer(this IServiceCollection services, Action<InternalCallOptions>? configureKey = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddInternalCallOptions(configureKey);
        services.AddSingleton<GrainInterfaceCatalog>();
        services.AddSingleton<GrainCallEndpoint>();
        return services;
    }

    /// <summary>
    /// Maps <c>POST /internal/grains/{interface}/{key}/{method}</c>, authenticated by the HMAC signature alone (401
    /// without it). Keep it off the public listener (an internal port or network policy) as defence in depth.
    /// </summary>
    public static IEndpointConventionBuilder MapGrainCallEndpoint(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GrainCallEndpoint>();
        return endpoints.MapPost(GrainCallEndpoint.Pattern, endpoint.HandleAsync);
    }
}
