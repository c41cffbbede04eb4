using IntegrationHub.ServiceDefaults.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Orleans.Dashboard;

namespace IntegrationHub.Silo.Hosting;

internal static class HubSiloDashboard
{
    public const string Path = "/dashboard";

    /// <summary>
    /// The Orleans Dashboard (grain activations, calls, silos) on the silo's own HTTP port, answered only to a caller on
    /// the silo's machine (an operator's SSH tunnel or <c>kubectl port-forward</c>); anyone else gets 404, as if it were
    /// not there. It shows grain types and counts, never grain keys' owners, but it is an operator's tool, not a page.
    /// </summary>
    public static WebApplication MapHubDashboard(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(Path, StringComparison.Ordinal) && !Loopback.IsFrom(context),
            refused => refused.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }));
        app.MapOrleansDashboard(Path);
        return app;
    }
}
