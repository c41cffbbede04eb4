using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using IntegrationHub.Gateway.HopOuts;
using IntegrationHub.Gateway.Sessions.Gate;
using IntegrationHub.Gateway.Sessions.Login;
using IntegrationHub.Identity.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Gateway.Sessions;

public static class SessionGatewayExtensions
{
    /// <summary>
    /// Login, sessions and the per-request gate. Needs the grains (an Orleans client or a co-hosted silo) and the adapters.
    /// Login assertions are single-use through the <see cref="IAssertionReplayLedger"/>: in this process's memory unless
    /// a cluster-wide one was registered before (the hub's hosts register the store's).
    /// </summary>
    public static IServiceCollection AddHubSessions(this IServiceCollection services, Action<SessionGatewayOptions>? configure = null)
    {
        var options = new SessionGatewayOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton<AssertionVerifier>();
        services.TryAddSingleton<LoginMetrics>();
        services.AddSingleton(provider => new HubLogins(
            provider.GetRequiredService<AssertionVerifier>(),
            provider.GetRequiredService<HubGrains>(),
            provider.GetRequiredService<IHsaDirectory>(),
            provider.GetRequiredService<ILogger<HubLogins>>(),
            provider.GetRequiredService<LoginMetrics>()));
        services.TryAddSingleton(HubClock.RealTime);
        services.TryAddSingleton<IAssertionReplayLedger, InMemoryAssertionReplayLedger>();
        services.TryAddSingleton<SessionGrainReferences>();
        services.AddSingleton<IHopOutAuthorizer, SessionHopOutAuthorizer>();
        return services;
    }

    /// <summary>The gate in front of <c>/api</c> and <c>/staff</c>; put it after routing-independent middleware and before the endpoints.</summary>
    public static IApplicationBuilder UseHubSessionGate(this IApplicationBuilder app) => app.UseMiddleware<SessionGateMiddleware>();

    /// <summary><c>/auth/resident/login</c>, <c>/auth/staff/login</c>, <c>/auth/logout</c>.</summary>
    public static IEndpointRouteBuilder MapHubLogin(this IEndpointRouteBuilder endpoints)
    {
        LoginEndpoints.Map(endpoints);
        return endpoints;
    }
}
