using IntegrationHub.Gateway.Headers;
using IntegrationHub.Grains.Sessions;
using IntegrationHub.Runtime.Remoting.Security;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace IntegrationHub.Gateway.Host.Forwarding;

/// <summary>
/// Forwards an /api or /staff request that the session gate let through, with the principal signed for exactly this
/// request line, and /fhir requests as they are. The cookie stays at the gateway: a silo never sees a session token.
/// </summary>
internal sealed class SiloTransformer(ForwardedIdentity identity) : HttpTransformer
{
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken).ConfigureAwait(false);
        var headers = proxyRequest.Headers;
        foreach (var name in headers.Select(h => h.Key).Where(n => HubHeaders.IsHubHeader(n) || n.Equals("Cookie", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            headers.Remove(name);
        }

        // /fhir carries its clients' own bearer tokens and has no session principal; /api and /staff always have one.
        if (httpContext.Features.Get<SessionPrincipal>() is { } principal)
        {
            var request = httpContext.Request;
            headers.TryAddWithoutValidation(ForwardedIdentity.Header, identity.Sign(principal, request.Method, request.Path + request.QueryString));
        }
    }
}
