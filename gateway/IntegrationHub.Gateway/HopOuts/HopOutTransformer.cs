using IntegrationHub.Gateway.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace IntegrationHub.Gateway.HopOuts;

/// <summary>
/// The request transforms of a hop-out: copies the request, then drops the session cookie, every inbound
/// <c>X-Hub-*</c> and every inbound <c>X-Forwarded-*</c>/<c>Forwarded</c> header, adds YARP's own X-Forwarded-For,
/// -Proto and -Host for the real connection, adds <c>X-Hub-Assertion</c> and removes the <c>/hop/{service}</c> prefix.
/// The answer is the service's, with <c>Cache-Control: no-store</c> whatever the service said (SEC2: a hop-out answer
/// is about the person).
/// </summary>
internal sealed class HopOutTransformer : HttpTransformer
{
    private const string ForwardedFor = "X-Forwarded-For";
    private const string ForwardedProto = "X-Forwarded-Proto";
    private const string ForwardedHost = "X-Forwarded-Host";

    public override async ValueTask TransformRequestAsync(
        HttpContext httpContext,
        HttpRequestMessage proxyRequest,
        string destinationPrefix,
        CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken).ConfigureAwait(false);
        var forwarding = httpContext.Features.GetRequiredFeature<HopOutForwarding>();
        var request = httpContext.Request;

        // The base copied the inbound headers: drop those never forwarded, found by name on the inbound request (Kestrel's
        // own collection, read without building a list), rather than by walking the outbound copy.
        var headers = proxyRequest.Headers;
        foreach (var header in request.Headers)
        {
            if (IsNeverForwarded(header.Key))
            {
                headers.Remove(header.Key);
            }
        }

        // YARP's X-Forwarded-For, -Proto and -Host in their Set form (the inbound ones are gone above), written directly.
        if (httpContext.Connection.RemoteIpAddress?.ToString() is { } remoteIp)
        {
            headers.TryAddWithoutValidation(ForwardedFor, remoteIp);
        }

        headers.TryAddWithoutValidation(ForwardedProto, request.Scheme);
        if (request.Host.HasValue)
        {
            headers.TryAddWithoutValidation(ForwardedHost, request.Host.ToUriComponent());
        }

        headers.TryAddWithoutValidation(HubHeaders.Assertion, forwarding.Assertion);
        proxyRequest.RequestUri = RequestUtilities.MakeDestinationAddress(destinationPrefix, forwarding.Path, request.QueryString);
    }

    public override async ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
    {
        var copyBody = await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken).ConfigureAwait(false);
        httpContext.Response.Headers.CacheControl = "no-store";
        return copyBody;
    }

    /// <summary>Whether a request header is dropped rather than forwarded.</summary>
    internal static bool IsNeverForwarded(string name) =>
        HubHeaders.IsHubHeader(name)
        || HubHeaders.IsForwardingHeader(name)
        || name.Equals("Cookie", StringComparison.OrdinalIgnoreCase);
}
