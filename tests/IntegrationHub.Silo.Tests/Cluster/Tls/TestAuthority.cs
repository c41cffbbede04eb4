using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IntegrationHub.Silo.Tests.Cluster.Tls;

/// <summary>A throw-away certificate authority made in the test: a CA certificate and the leaf certificates it issues, written as PEM files.</summary>
internal sealed class TestAuthority : IDisposable
{
    private readonly ECDsa key;
    private readonly X509Certificate2 certificate;

    private TestAuthority(ECDsa key, X509Certificate2 certificate)
    {
        this.key = key;
        this.certificate = certificate;
    }

    public static TestAuthority Create(string name)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = DateTimeOffset.UtcNow;
        return new TestAuthority(key, request.CreateSelfSigned(now.AddHours(-1), now.AddDays(1)));
    }

    /// <summary>Writes the CA certificate; its path.</summary>
    public string WriteCertificate(string directory)
    {
        var path = Path.Combine(directory, $"ca-{certificate.Thumbprint}.pem");
        File.WriteAllText(path, certificate.ExportCertificatePem());
        return path;
    }

    /// <summary>
    /// A certificate for a silo or gateway (serverAuth and clientAuth; localhost, 127.0.0.1 and <paramref name="addresses"/>),
    /// written with its key.
    /// </summary>
    public (string CertificatePath, string KeyPath) Issue(string name, string directory, params IPAddress[] addresses)
    {
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", leafKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddDnsName("integrationhub-silo");
        names.AddIpAddress(IPAddress.Loopback);
        foreach (var address in addresses)
        {
            names.AddIpAddress(address);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(certificate, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var now = DateTimeOffset.UtcNow;
        using var issued = request.Create(certificate.SubjectName, X509SignatureGenerator.CreateForECDsa(key), now.AddMinutes(-5), now.AddHours(12), RandomNumberGenerator.GetBytes(16));
        var certificatePath = Path.Combine(directory, $"{name}.crt.pem");
        var keyPath = Path.Combine(directory, $"{name}.key.pem");
        File.WriteAllText(certificatePath, issued.ExportCertificatePem());
        File.WriteAllText(keyPath, leafKey.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    /// <summary>True when <paramref name="peer"/> is right for the name asked for and chains to this CA (not to the machine's roots).</summary>
    public bool Issued(X509Certificate? peer, SslPolicyErrors errors)
    {
        if (peer is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(certificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = new X509Certificate2(peer);
        return chain.Build(presented);
    }

    /// <summary>An HTTP handler that trusts servers holding a certificate of this CA, and no others.</summary>
    public SocketsHttpHandler TrustingHandler() => new()
    {
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, peer, _, errors) => Issued(peer, errors) },
    };

    public void Dispose()
    {
        certificate.Dispose();
        key.Dispose();
    }
}
