using System.Diagnostics;
using System.Net;
using IntegrationHub.Gateway.Errors;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace IntegrationHub.Gateway.Host.Forwarding;

internal static class SiloForwardingEndpoints
{
    public static void MapSiloForwarding(this IEndpointRouteBuilder endpoints)
    {
        var invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ActivityHeadersPropagator = new ReverseProxyPropagator(DistributedContextPropagator.Current),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        });
        var config = new ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(100) };
        foreach (var prefix in new[] { "/api", "/staff", "/fhir" })
        {
            endpoints.Map(prefix + "/{**rest}", async (HttpContext context, IHttpForwarder forwarder, SiloDestinations silos, SiloTransformer transformer) =>
            {
                var error = await forwarder.SendAsync(context, silos.Next(), invoker, config, transformer);
                if (error != ForwarderError.None && !context.Response.HasStarted)
                {
                    await HubProblem.WriteAsync(context, StatusCodes.Status502BadGateway, "No silo answered.", "silo_unavailable", context.RequestAborted);
                }
            });
        }
    }
}
