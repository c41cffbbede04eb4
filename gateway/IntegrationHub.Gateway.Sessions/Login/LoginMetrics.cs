using System.Diagnostics.Metrics;
using IntegrationHub.Identity.Login;
using IntegrationHub.Identity.Telemetry;

namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary><c>hub.logins</c>: every login attempt by method (an accepted e-identification, <c>siths</c>, or <c>other</c>) and outcome (<c>ok</c> or the refusal's code).</summary>
internal sealed class LoginMetrics(IMeterFactory meters)
{
    private readonly Counter<long> logins = meters.Create(HubMeter.Name)
        .CreateCounter<long>("hub.logins", "{login}", "Login attempts by method and outcome");

    public void Record(string? method, string outcome) =>
        logins.Add(1, new KeyValuePair<string, object?>("method", Label(method)), new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>A bounded set of labels: what a client writes into an assertion's method claim never becomes one.</summary>
    private static string Label(string? method) => method?.ToLowerInvariant() switch
    {
        null => "unknown",
        EIdentificationMethods.BankId => EIdentificationMethods.BankId,
        EIdentificationMethods.FrejaEIdPlus => EIdentificationMethods.FrejaEIdPlus,
        "siths" => "siths",
        _ => "other",
    };
}
