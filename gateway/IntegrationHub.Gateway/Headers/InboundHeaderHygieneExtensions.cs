using Microsoft.AspNetCore.Builder;

namespace IntegrationHub.Gateway.Headers;

/// <summary>Pipeline registration of the inbound header hygiene.</summary>
public static class InboundHeaderHygieneExtensions
{
    /// <summary>
    /// Strips every inbound <c>X-Hub-*</c> header from every request. Add it first in the gateway's pipeline, before
    /// authentication, routing and forwarding.
    /// </summary>
    public static IApplicationBuilder UseInboundHeaderHygiene(this IApplicationBuilder app) =>
        app.UseMiddleware<InboundHeaderHygieneMiddleware>();
}
