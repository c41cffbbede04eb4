namespace IntegrationHub.ServiceDefaults.Transport;

/// <summary>
/// The <c>Hub:Https</c> section (SEC4). The certificate itself is Kestrel's:
/// <c>Kestrel:Certificates:Default:Path</c> and <c>:KeyPath</c> (PEM), and an <c>https://</c> URL in <c>--urls</c>.
/// </summary>
public sealed class HubHttpsOptions
{
    public const string Section = "Hub:Https";

    /// <summary>
    /// What a plain-HTTP request from outside loopback gets: <see cref="PlainHttpPolicy.Refuse"/> (403
    /// <c>https_required</c>, the default: a body already crossed the wire in clear, and a redirect would only invite the
    /// client to send it again) or <see cref="PlainHttpPolicy.Redirect"/> (308 to the same URL on HTTPS).
    /// Plain HTTP on loopback is always served (the local hub, probes and scrapes on the same machine).
    /// </summary>
    public PlainHttpPolicy PlainHttp { get; set; } = PlainHttpPolicy.Refuse;

    /// <summary>The HTTPS port a redirect points to; 443 when unset.</summary>
    public int? RedirectPort { get; set; }

    /// <summary>The <c>Strict-Transport-Security</c> max-age in days on every HTTPS answer (not to localhost). Default 365.</summary>
    public int HstsMaxAgeDays { get; set; } = 365;
}
