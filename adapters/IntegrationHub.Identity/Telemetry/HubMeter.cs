namespace IntegrationHub.Identity.Telemetry;

/// <summary>
/// The name of the hub's own <see cref="System.Diagnostics.Metrics.Meter"/>. Each project makes its instruments from
/// <see cref="System.Diagnostics.Metrics.IMeterFactory"/> under this name, so they all land in one meter that the hosts
/// export (<c>/metrics</c>, OTLP). Labels are codes, service names and outcomes: never a person.
/// </summary>
public static class HubMeter
{
    public const string Name = "IntegrationHub";
}
