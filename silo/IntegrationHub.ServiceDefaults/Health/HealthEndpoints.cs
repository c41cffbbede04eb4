using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.ServiceDefaults.Health;

public static class HealthEndpoints
{
    /// <summary>Checks with this tag decide readiness: the store, and later the population registry.</summary>
    public const string ReadyTag = "ready";

    /// <summary>The <c>code</c> of a 503 from <c>/health/ready</c>.</summary>
    public const string NotReadyCode = "not_ready";

    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the store and the registry are reachable; when not,
    /// 503 problem+json naming the checks that fail (where the process writes problem details; plain text elsewhere).
    /// </summary>
    public static IEndpointRouteBuilder MapHubHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        if (report.Status != HealthStatus.Unhealthy || context.RequestServices.GetService<IProblemDetailsService>() is not { } problems)
        {
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync(report.Status.ToString(), context.RequestAborted);
        }

        var failing = string.Join(", ", report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key));
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = context.Response.StatusCode,
                Title = "Not ready",
                Detail = $"Not answering: {failing}.",
                Extensions = { ["code"] = NotReadyCode },
            },
        }).AsTask();
    }
}
