using IntegrationHub.ServiceDefaults.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IntegrationHub.ServiceDefaults.Telemetry;

/// <summary>
/// What <see cref="HubOperations.AddHubOperations"/> puts in front of a host's own pipeline: the refusal of plain HTTP
/// outside loopback, HSTS, the Prometheus scrape endpoint and the counting of refusals.
/// </summary>
internal sealed class OperationsStartupFilter(IOptions<HubTelemetryOptions> telemetry) : IStartupFilter
{
    public const string MetricsPath = "/metrics";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<PlainHttpMiddleware>();
        app.UseHsts();
        if (telemetry.Value.Prometheus)
        {
            var port = telemetry.Value.MetricsPort;
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
                context.Request.Path == MetricsPath
                && (Loopback.IsFrom(context) || context.Connection.LocalPort == port));
        }

        app.UseMiddleware<RefusalCounting>();
        next(app);
    };
}
