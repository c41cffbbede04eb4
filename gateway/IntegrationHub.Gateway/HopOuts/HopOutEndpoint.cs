using System.Text;
using IntegrationHub.Gateway.Assertions;
using IntegrationHub.Gateway.Errors;
using IntegrationHub.Gateway.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace IntegrationHub.Gateway.HopOuts;

/// <summary>
/// <c>/hop/{service}/{**path}</c>, any method: look the service up (404 <c>unknown_service</c>), ask the hub's
/// <see cref="IHopOutAuthorizer"/> (401 / 403 with its code), refuse a header that cannot be forwarded (400
/// <c>invalid_request</c>), then forward with YARP and a signed assertion.
/// </summary>
internal sealed class HopOutEndpoint(
    HopOutDestinations destinations,
    HopOutAssertionIssuer assertions,
    IHttpForwarder forwarder,
    HopOutHttpClient client,
    HopOutTransformer transformer,
    IOptions<HubGatewayOptions> options,
    HopOutMetrics metrics,
    ILogger<HopOutEndpoint> logger)
{
    public const string Pattern = "/hop/{service}/{**path}";

    private readonly ForwarderRequestConfig requestConfig = new() { ActivityTimeout = options.Value.ActivityTimeout };

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var requested = context.GetRouteValue("service") as string ?? string.Empty;
        if (!destinations.TryGet(requested, out var service, out var prefix))
        {
            HopOutLog.UnknownService(logger);
            await HubProblem.WriteAsync(context, StatusCodes.Status404NotFound, "Unknown service", ProblemCodes.UnknownService, cancellationToken).ConfigureAwait(false);
            return;
        }

        var authorizer = context.RequestServices.GetRequiredService<IHopOutAuthorizer>();
        var decision = await authorizer.AuthorizeAsync(context, service, cancellationToken).ConfigureAwait(false);
        switch (decision.Kind)
        {
            case HopOutDecisionKind.Unauthenticated:
                HopOutLog.Refused(logger, service, StatusCodes.Status401Unauthorized, ProblemCodes.Unauthenticated);
                metrics.Record(service, StatusCodes.Status401Unauthorized);
                await HubProblem.WriteAsync(context, StatusCodes.Status401Unauthorized, "Not logged in", ProblemCodes.Unauthenticated, cancellationToken).ConfigureAwait(false);
                return;
            case HopOutDecisionKind.Forbidden:
                HopOutLog.Refused(logger, service, StatusCodes.Status403Forbidden, decision.Code!);
                metrics.Record(service, StatusCodes.Status403Forbidden);
                await HubProblem.WriteAsync(context, StatusCodes.Status403Forbidden, "The service may not be used", decision.Code!, cancellationToken).ConfigureAwait(false);
                return;
        }

        if (HasUnforwardableHeader(context.Request.Headers))
        {
            HopOutLog.Refused(logger, service, StatusCodes.Status400BadRequest, ProblemCodes.InvalidRequest);
            await HubProblem.WriteAsync(
                context, StatusCodes.Status400BadRequest, "A header holds characters outside ASCII and cannot be forwarded", ProblemCodes.InvalidRequest, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Request.Path keeps an escaped '/' escaped, so the remainder is forwarded as the client sent it.
        var prefixPath = new PathString("/hop/" + requested);
        context.Request.Path.StartsWithSegments(prefixPath, StringComparison.OrdinalIgnoreCase, out var remainder);
        context.Features.Set(new HopOutForwarding(assertions.Issue(service, decision), remainder));

        var error = await forwarder.SendAsync(context, prefix, client.Invoker, requestConfig, transformer, cancellationToken).ConfigureAwait(false);
        if (error == ForwarderError.None)
        {
            HopOutLog.Forwarded(logger, service, context.Response.StatusCode);
            metrics.Record(service, context.Response.StatusCode);
            return;
        }

        HopOutLog.ForwardFailed(logger, service, error, context.Features.Get<IForwarderErrorFeature>()?.Exception);
        if (error is ForwarderError.RequestBodyClient && context.Response.StatusCode is >= 400 and < 500 and var status)
        {
            metrics.Record(service, status);
            // YARP could not read the client's body (over Kestrel's limit: 413, cut off: 400, too slow: 408): the client's doing.
            await HubProblem.WriteAsync(context, status, "The request body could not be read", ProblemCodes.ForStatus(status), cancellationToken).ConfigureAwait(false);
        }
        else if (error is ForwarderError.RequestCanceled)
        {
            metrics.Record(service, StatusCodes.Status499ClientClosedRequest);
        }
        else
        {
            metrics.Record(service, StatusCodes.Status502BadGateway);
            await HubProblem.WriteAsync(context, StatusCodes.Status502BadGateway, "The service could not be reached", ProblemCodes.HopOutUnavailable, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A header that would be forwarded but holds a character outside ASCII, which the HTTP client refuses to send: the
    /// client's request is at fault (400), not the service (502).
    /// </summary>
    private static bool HasUnforwardableHeader(IHeaderDictionary headers)
    {
        foreach (var (name, values) in headers)
        {
            if (HopOutTransformer.IsNeverForwarded(name))
            {
                continue;
            }

            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is { } value && !Ascii.IsValid(value))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
