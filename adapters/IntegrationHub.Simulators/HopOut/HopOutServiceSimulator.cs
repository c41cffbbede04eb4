using IntegrationHub.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Simulators.HopOut;

/// <summary>
/// A hop-out service (API.md: <c>journal</c>, <c>medications</c>, <c>samples</c>, <c>support</c>): any method and
/// path answers 200 with a JSON object of the request headers it received (name → value; repeated values joined
/// with ", "), so that a test sees what the gateway forwarded (e.g. <c>X-Hub-Assertion</c>).
/// </summary>
public sealed class HopOutServiceSimulator : Simulator
{
    private HopOutServiceSimulator(string name) => Name = name;

    /// <summary>The service's name, e.g. <c>journal</c>.</summary>
    public string Name { get; }

    /// <summary>Starts a hop-out service alone on a free port of 127.0.0.1.</summary>
    public static Task<HopOutServiceSimulator> StartAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return StartAsync(new HopOutServiceSimulator(name), cancellationToken);
    }

    /// <inheritdoc/>
    protected override void MapRoutes(IEndpointRouteBuilder routes) =>
        routes.Map("/{**path}", (HttpRequest request) => Results.Ok(
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
}
