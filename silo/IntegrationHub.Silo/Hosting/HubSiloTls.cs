using IntegrationHub.ServiceDefaults.Transport;
using Orleans.Connections.Security;

namespace IntegrationHub.Silo.Hosting;

internal static class HubSiloTls
{
    /// <summary>Silo-to-silo and client-to-silo connections over mutual TLS: both ends show a certificate of the cluster's CA, or the connection ends in the handshake.</summary>
    public static ISiloBuilder UseHubTls(this ISiloBuilder silo, HubTlsOptions options)
    {
        var certificates = HubTlsCertificates.Load(options);
        return silo.UseTls(certificates.Certificate, tls =>
        {
            tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
            tls.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
            tls.RemoteCertificateValidation = certificates.Validate;
            tls.OnAuthenticateAsClient = (_, client) => client.TargetHost = "integrationhub-silo";
        });
    }
}
