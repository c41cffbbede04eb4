using IntegrationHub.Gateway.Headers;
using IntegrationHub.Gateway.Sessions.Gate;
using IntegrationHub.Runtime.Remoting.Security;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace IntegrationHub.Gateway.Host.Forwarding;

/// <summary>
/// Forwards an /api or /staff request that the session gate let through, with the principal signed for exactly this
/// request line. The cookie stays at the gateway: a silo never sees a session token.
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

        var request = httpContext.Request;
        var signed = identity.Sign(HubPrincipal.Get(httpContext), request.Method, request.Path + request.QueryString);
        headers.TryAddWithoutValidation(ForwardedIdentity.Header, signed);
    }
}
