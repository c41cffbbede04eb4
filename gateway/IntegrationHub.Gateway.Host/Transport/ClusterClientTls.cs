using IntegrationHub.ServiceDefaults.Transport;
using Orleans.Connections.Security;

namespace IntegrationHub.Gateway.Host.Transport;

internal static class ClusterClientTls
{
    /// <summary>The gateway's connections to silos over mutual TLS: it shows its certificate and accepts only silos whose certificate chains to the cluster's CA.</summary>
    public static IClientBuilder UseHubTls(this IClientBuilder client, HubTlsOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        var certificates = HubTlsCertificates.Load(options);
        return client.UseTls(certificates.Certificate, tls =>
        {
            tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
            tls.RemoteCertificateValidation = certificates.Validate;
            tls.OnAuthenticateAsClient = (_, connection) => connection.TargetHost = "integrationhub-silo";
        });
    }
}
