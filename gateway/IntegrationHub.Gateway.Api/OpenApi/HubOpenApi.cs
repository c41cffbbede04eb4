using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace IntegrationHub.Gateway.Api.OpenApi;

/// <summary>
/// <c>GET /openapi/v1.json</c>: the OpenAPI document of every <c>/auth</c>, <c>/api</c> and <c>/staff</c> route
/// (Microsoft.AspNetCore.OpenApi), with its refusals; in simulation mode also a browsable reference of it at
/// <c>/openapi</c> (Scalar, served from the hub itself).
/// </summary>
public static class HubOpenApi
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/openapi";

    public static IServiceCollection AddHubOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath is { } path
                && (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("staff/", StringComparison.Ordinal) || path.StartsWith("auth/", StringComparison.Ordinal));
            var problems = new ProblemResponses();
            options.AddDocumentTransformer(problems);
            options.AddOperationTransformer(problems);
        });

    public static IEndpointRouteBuilder MapHubOpenApi(this IEndpointRouteBuilder endpoints, bool reference)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        if (reference)
        {
            endpoints.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("IntegrationHub API")
                .WithOpenApiRoutePattern(DocumentPath)
                .WithNonce());
        }

        return endpoints;
    }
}
