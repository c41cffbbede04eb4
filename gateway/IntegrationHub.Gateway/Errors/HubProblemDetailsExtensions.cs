using IntegrationHub.Gateway.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Gateway.Errors;

/// <summary>
/// One wiring for every refusal the gateway's endpoints do not write themselves: ASP.NET Core's problem details service
/// (with <see cref="HubProblemDetailsWriter"/> and the <c>code</c> customizer), its exception handler (with
/// <see cref="ClientErrorExceptionHandler"/>) and status code pages, so that a 404 for a path nothing serves, a 405, a
/// 415, a 413 or malformed JSON all answer problem+json with a <c>code</c>.
/// </summary>
public static class HubProblemDetailsExtensions
{
    /// <summary>
    /// Registers the problem details service and the client-error exception handler, and lets model binding throw its
    /// refusals (malformed JSON, a wrong media type) so that they reach the handler. Call it after registering any
    /// <see cref="IProblemDetailsWriter"/> of a path with its own error format (the FHIR API's), so that one writes first.
    /// </summary>
    public static IServiceCollection AddHubProblemDetails(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, HubProblemDetailsWriter>());
        services.AddProblemDetails(o => o.CustomizeProblemDetails += ProblemCodeCustomizer.Apply);
        services.AddExceptionHandler<ClientErrorExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>
    /// The exception handler, status code pages for empty 4xx and 5xx responses (a path no endpoint serves, a method
    /// it does not take) and the path and query check (<see cref="RequestTextMiddleware"/>). Put it first in the
    /// pipeline; pages or endpoints that write their own body keep it.
    /// </summary>
    public static IApplicationBuilder UseHubProblemDetails(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            return http.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } })
                .AsTask();
        });
        app.UseMiddleware<RequestTextMiddleware>();
        return app;
    }
}
