using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Gateway.Assertions;

/// <summary><c>GET /.well-known/hub-jwks.json</c>: the public keys hop-out services verify assertions with.</summary>
internal static class HubJwksEndpoint
{
    public const string Path = "/.well-known/hub-jwks.json";

    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, (HttpContext context) =>
        {
            var keys = context.RequestServices.GetRequiredService<GatewaySigningKeys>();
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text(keys.JwksJson, "application/jwk-set+json");
        });
}
