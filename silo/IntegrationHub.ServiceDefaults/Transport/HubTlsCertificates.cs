using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace IntegrationHub.ServiceDefaults.Transport;

/// <summary>The certificate and the peer check of <see cref="HubTlsOptions"/>, loaded once at start; a missing or broken file stops the process there.</summary>
public sealed class HubTlsCertificates
{
    private readonly X509Certificate2Collection authorities;

    private HubTlsCertificates(X509Certificate2 certificate, X509Certificate2Collection authorities)
    {
        Certificate = certificate;
        this.authorities = authorities;
    }

    /// <summary>This process's certificate with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    public static HubTlsCertificates Load(HubTlsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled || string.IsNullOrEmpty(options.KeyPath) || string.IsNullOrEmpty(options.CaPath))
        {
            throw new InvalidOperationException("Hub:Tls needs CertificatePath, KeyPath and CaPath together.");
        }

        var certificate = X509Certificate2.CreateFromPemFile(options.CertificatePath!, options.KeyPath);
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(options.CaPath);
        if (authorities.Count == 0)
        {
            throw new InvalidOperationException($"No CA certificate in {options.CaPath}.");
        }

        return new HubTlsCertificates(certificate, authorities);
    }

    /// <summary>
    /// True when <paramref name="peer"/> chains to one of the configured CAs (and only those: the machine's own roots do
    /// not count) and is valid now. Names are not compared: peers are addressed by IP from the membership table, and
    /// holding a certificate of the cluster's own CA is what makes a process a member.
    /// </summary>
    public bool IsTrustedPeer(X509Certificate2? peer)
    {
        if (peer is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(peer);
    }

    /// <summary><see cref="IsTrustedPeer"/> in the shape of a TLS validation callback; the platform's own verdict (which knows nothing of the cluster's CA) is not used.</summary>
    public bool Validate(X509Certificate2? peer, X509Chain? chain, SslPolicyErrors errors) => IsTrustedPeer(peer);
}
