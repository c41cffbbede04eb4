using IntegrationHub.Identity;
using System.Security.Cryptography;
using IntegrationHub.Identity.Tokens;
using IntegrationHub.Fhir.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Gateway.Fhir;

public static class FhirServiceCollectionExtensions
{
    /// <summary>
    /// The FHIR API's client registry, token service and resource ids. Keys come from <c>Hub:Fhir:TokenKeyPem</c> (a P-256
    /// private key) and <c>Hub:Fhir:IdKey</c> (32 bytes, base64); clients from <c>Hub:Fhir:Clients:{clientId}:Scopes</c> and
    /// <c>...:Jwks</c> (the public keys of their client assertions, a JWK Set).
    /// Without keys each process makes its own, which is enough for one silo (the local hub) but not for several.
    /// Requests are authenticated by JwtBearer and authorized per scope (<see cref="FhirAuthentication"/>); client
    /// assertions are single-use through the <see cref="IAssertionReplayLedger"/>, in this process's memory unless a
    /// cluster-wide one was registered before.
    /// Every incoming resource is checked by the process's <see cref="FhirResourceValidator"/>, warmed up at start.
    /// </summary>
    public static IServiceCollection AddHubFhir(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Hub:Fhir");
        var clients = new FhirClientRegistry();
        foreach (var client in section.GetSection("Clients").GetChildren())
        {
            clients.Register(client.Key, client.GetSection("Scopes").GetChildren().Select(s => s.Value ?? string.Empty), client["Jwks"]);
        }

        services.AddSingleton(clients);
        services.AddSingleton(sp =>
        {
            var pem = section["TokenKeyPem"];
            var key = string.IsNullOrEmpty(pem) ? SigningKey.Generate("hub-fhir-1") : SigningKey.FromPem("hub-fhir-1", pem);
            return new FhirTokenService(
                key, sp.GetRequiredService<FhirClientRegistry>(), sp.GetRequiredService<IAssertionReplayLedger>(), sp.GetRequiredService<HubClock>());
        });
        services.TryAddSingleton<IAssertionReplayLedger, InMemoryAssertionReplayLedger>();
        services.AddFhirAuthentication();
        services.AddSingleton(_ =>
        {
            var idKey = section["IdKey"];
            return new FhirResourceIds(string.IsNullOrEmpty(idKey) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(idKey));
        });
        services.TryAddSingleton(_ => FhirResourceValidator.Shared);
        services.AddHostedService<FhirValidatorWarmUp>();

        // Refusals the gateway's shared error handling writes under /fhir (a body model binding refused, an exception,
        // a status code page) are OperationOutcomes too; registered before the gateway's problem+json writer.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, FhirProblemDetailsWriter>());
        return services;
    }
}
