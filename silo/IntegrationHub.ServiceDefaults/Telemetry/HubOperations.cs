using System.Diagnostics;
using IntegrationHub.Identity.Telemetry;
using IntegrationHub.ServiceDefaults.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IntegrationHub.ServiceDefaults.Telemetry;

/// <summary>How every hub process runs in production: telemetry, structured logs and HTTPS (SEC4).</summary>
public static class HubOperations
{
    /// <summary>The activity sources whose spans the hub records: grain calls (with Orleans' activity propagation) and SQL.</summary>
    public static readonly string[] TraceSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Npgsql"];

    /// <summary>The meters the hub exports: its own, Orleans' (activations, messaging, reminders) and the framework's.</summary>
    public static readonly string[] Meters = [HubMeter.Name, "Microsoft.Orleans"];

    /// <summary>
    /// Adds to a host: (1) OpenTelemetry metrics of the hub, Orleans, ASP.NET Core, HttpClient and the runtime, served
    /// at <c>GET /metrics</c> for Prometheus (loopback, or <see cref="HubTelemetryOptions.MetricsPort"/>); (2) spans of
    /// requests, grain calls, adapter calls and SQL, every one passed through <see cref="PersonnummerRedactionProcessor"/>;
    /// (3) OTLP export of traces, metrics and logs when <c>Hub:Telemetry:OtlpEndpoint</c> or
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; (4) JSON log lines with scopes and trace ids when
    /// <c>Hub:Logging:Json=true</c>; (5) Kestrel's HTTPS configuration (<c>Kestrel:Certificates:Default</c>), HSTS and the
    /// refusal of plain HTTP from outside loopback (<see cref="HubHttpsOptions"/>).
    /// </summary>
    /// <param name="builder">The host.</param>
    /// <param name="role">The default <c>service.name</c>: <c>integrationhub-silo</c>, <c>-gateway</c> or <c>-local</c>.</param>
    public static WebApplicationBuilder AddHubOperations(this WebApplicationBuilder builder, string role)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var telemetry = configuration.GetSection(HubTelemetryOptions.Section).Get<HubTelemetryOptions>() ?? new HubTelemetryOptions();
        builder.Services.Configure<HubTelemetryOptions>(configuration.GetSection(HubTelemetryOptions.Section));
        builder.Services.Configure<HubHttpsOptions>(configuration.GetSection(HubHttpsOptions.Section));
        var https = configuration.GetSection(HubHttpsOptions.Section).Get<HubHttpsOptions>() ?? new HubHttpsOptions();

        AddLogs(builder, configuration.GetValue("Hub:Logging:Json", defaultValue: false));

        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(https.HstsMaxAgeDays);
            o.IncludeSubDomains = false;
        });
        builder.Services.AddSingleton<IStartupFilter, OperationsStartupFilter>();

        var otlp = telemetry.OtlpEndpoint ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var open = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(telemetry.ServiceName ?? role, serviceInstanceId: $"{Environment.MachineName}-{Environment.ProcessId}"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (telemetry.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (telemetry.Tracing ?? otlp is not null)
        {
            open.WithTracing(tracing => tracing
                .AddSource(TraceSources)
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !IsOperational(context.Request.Path);
                    o.EnrichWithHttpRequest = EnrichRequest;
                })
                .AddHttpClientInstrumentation()
                .AddProcessor(new PersonnummerRedactionProcessor()));
        }

        if (otlp is not null)
        {
            open.UseOtlpExporter(OtlpExportProtocol.Grpc, new Uri(otlp, UriKind.Absolute));
        }

        return builder;
    }

    private static void AddLogs(WebApplicationBuilder builder, bool json)
    {
        // Trace and span ids go into every line's scope, so a JSON line can be joined to its trace.
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (json)
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
    }

    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.Ordinal) || path.StartsWithSegments(OperationsStartupFilter.MetricsPath, StringComparison.Ordinal);

    /// <summary>A hop-out's path belongs to the service behind it and may carry its identifiers: the span keeps the service only.</summary>
    private static void EnrichRequest(Activity activity, HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/hop", StringComparison.Ordinal, out var rest))
        {
            var service = rest.Value?.TrimStart('/').Split('/', 2)[0] ?? string.Empty;
            activity.SetTag("url.path", $"/hop/{service}/…");
        }
    }
}
