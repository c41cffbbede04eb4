using IntegrationHub.Gateway.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;

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
    private static readonly RequestTransform[] ForwardedTransforms =
    [
        new RequestHeaderXForwardedForTransform("X-Forwarded-For", ForwardedTransformActions.Set),
        new RequestHeaderXForwardedProtoTransform("X-Forwarded-Proto", ForwardedTransformActions.Set),
        new RequestHeaderXForwardedHostTransform("X-Forwarded-Host", ForwardedTransformActions.Set),
    ];

    public override async ValueTask TransformRequestAsync(
        HttpContext httpContext,
        HttpRequestMessage proxyRequest,
        string destinationPrefix,
        CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken).ConfigureAwait(false);
        var forwarding = httpContext.Features.GetRequiredFeature<HopOutForwarding>();

        var headers = proxyRequest.Headers;
        foreach (var name in headers.Select(h => h.Key).Where(IsNeverForwarded).ToList())
        {
            headers.Remove(name);
        }

        var context = new RequestTransformContext
        {
            HttpContext = httpContext,
            ProxyRequest = proxyRequest,
            DestinationPrefix = destinationPrefix,
            HeadersCopied = true,
            Path = forwarding.Path,
            Query = new QueryTransformContext(httpContext.Request),
            CancellationToken = cancellationToken,
        };
        foreach (var transform in ForwardedTransforms)
        {
            await transform.ApplyAsync(context).ConfigureAwait(false);
        }

        headers.TryAddWithoutValidation(HubHeaders.Assertion, forwarding.Assertion);
        proxyRequest.RequestUri = RequestUtilities.MakeDestinationAddress(destinationPrefix, forwarding.Path, httpContext.Request.QueryString);
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
