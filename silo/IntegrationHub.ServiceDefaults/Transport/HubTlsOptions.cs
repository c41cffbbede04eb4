namespace IntegrationHub.ServiceDefaults.Transport;

/// <summary>
/// The <c>Hub:Tls</c> section: mutual TLS of Orleans' silo-to-silo and gateway-to-silo connections (SEC4). Every silo
/// and gateway has a certificate of its own (PEM, with the serverAuth and clientAuth key usages) issued by the cluster's
/// CA, and accepts a peer only when the peer's certificate chains to a CA in <see cref="CaPath"/>: a process without
/// such a certificate cannot join the cluster or call it. Off unless <see cref="CertificatePath"/> is set; the local
/// hub, on loopback only, leaves it off.
/// </summary>
public sealed class HubTlsOptions
{
    /// <summary>PEM file of this process's certificate (its chain may follow).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>PEM file of its private key (PKCS#8 or EC/RSA).</summary>
    public string? KeyPath { get; set; }

    /// <summary>PEM file of the CA certificate(s) a peer's certificate must chain to; two during a CA rotation.</summary>
    public string? CaPath { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(CertificatePath);
}
