using System.Diagnostics.Metrics;
using IntegrationHub.Identity.Telemetry;

namespace IntegrationHub.Gateway.HopOuts;

/// <summary><c>hub.hop_outs</c>: every request to a known hop-out service, by service and the status its client got (refusals, the service's answers and 502s alike).</summary>
internal sealed class HopOutMetrics(IMeterFactory meters)
{
    private readonly Counter<long> hopOuts = meters.Create(HubMeter.Name)
        .CreateCounter<long>("hub.hop_outs", "{request}", "Hop-out requests by service and status");

    public void Record(string service, int status) =>
        hopOuts.Add(1, new KeyValuePair<string, object?>("service", service), new KeyValuePair<string, object?>("status", status));
}
