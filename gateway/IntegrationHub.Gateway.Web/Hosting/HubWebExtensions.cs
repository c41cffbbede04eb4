using IntegrationHub.Gateway.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace IntegrationHub.Gateway.Web.Hosting;

/// <summary>The resident portal (<c>/</c>) and the staff tool (<c>/personal</c>) in any host of the gateway.</summary>
public static class HubWebExtensions
{
    private const string StaticPath = "/static";

    /// <summary>Razor Pages from this assembly, antiforgery bound to the session cookie, the simulated identity provider's page.</summary>
    public static IServiceCollection AddHubWeb(this IServiceCollection services)
    {
        var assembly = typeof(HubWebExtensions).Assembly;
        services.AddRazorPages()
            .ConfigureApplicationPartManager(parts =>
            {
                // The host's own discovery finds the pages when its entry assembly references this one (the local hub, the
                // gateway); a test host does not, so the parts (the types and the compiled pages) are added unless present.
                if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                {
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }
            });
        services.Replace(ServiceDescriptor.Singleton<IAntiforgery, SessionBoundAntiforgery>());
        services.AddHttpClient(SimulatedIdentityProvider.HttpClientName);
        services.AddSingleton<SimulatedIdentityProvider>();
        return services;
    }

    /// <summary>Security headers on every page and static file, and the static files themselves (from this assembly).</summary>
    public static IApplicationBuilder UseHubWeb(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (PageHeaders.IsPage(context.Request.Path))
            {
                context.Response.OnStarting(() =>
                {
                    PageHeaders.Apply(context);
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = StaticPath,
            FileProvider = new EmbeddedFileProvider(typeof(HubWebExtensions).Assembly, "IntegrationHub.Gateway.Web.wwwroot"),
        });
        return app;
    }

    public static IEndpointRouteBuilder MapHubWeb(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        KeepAliveEndpoint.Map(endpoints);
        return endpoints;
    }
}
