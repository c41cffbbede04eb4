using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Identity.Tokens;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>A hub with one FHIR client registered by configuration, as in production: its scopes and the public key of its assertions.</summary>
public sealed class ClientAssertionHubFixture : HubFixture, IDisposable
{
    public const string ClientId = "region-configured";

    public SigningKey ClientKey { get; } = SigningKey.Generate("region-configured-1");

    protected override IEnumerable<string> ExtraArguments =>
    [
        $"--Hub:Fhir:Clients:{ClientId}:Scopes:0=system/Patient.read",
        $"--Hub:Fhir:Clients:{ClientId}:Jwks={ClientKey.ExportPublicJwksJson()}",
    ];

    public void Dispose() => ClientKey.Dispose();
}
