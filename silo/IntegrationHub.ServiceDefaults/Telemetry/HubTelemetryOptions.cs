namespace IntegrationHub.ServiceDefaults.Telemetry;

/// <summary>The <c>Hub:Telemetry</c> section: where traces, metrics and logs go.</summary>
public sealed class HubTelemetryOptions
{
    public const string Section = "Hub:Telemetry";

    /// <summary>
    /// The OTLP collector (e.g. <c>http://127.0.0.1:4317</c>); traces, metrics and logs are exported to it when set.
    /// Unset: the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; neither: no OTLP export at all.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Record spans even without an OTLP endpoint (for an exporter a test or host adds). Default: only with OTLP.</summary>
    public bool? Tracing { get; set; }

    /// <summary>Serve the Prometheus scrape endpoint <c>GET /metrics</c>. Default true.</summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>
    /// The local port on which <c>/metrics</c> answers any caller (a management endpoint of Kestrel, e.g.
    /// <c>Kestrel:Endpoints:Management:Url=https://0.0.0.0:9443</c>). On every other port it answers loopback only.
    /// Unset: loopback only.
    /// </summary>
    public int? MetricsPort { get; set; }

    /// <summary>The resource's <c>service.name</c>; the host's role by default (<c>integrationhub-silo</c>, ...).</summary>
    public string? ServiceName { get; set; }
}
