using System.Diagnostics;
using System.Net;
using Yarp.ReverseProxy.Forwarder;

namespace IntegrationHub.Gateway.HopOuts;

/// <summary>The one connection pool to hop-out services, set up as YARP recommends for forwarding. A singleton.</summary>
internal sealed class HopOutHttpClient : IDisposable
{
    public HopOutHttpClient() =>
        Invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            EnableMultipleHttp2Connections = true,
            ActivityHeadersPropagator = new ReverseProxyPropagator(DistributedContextPropagator.Current),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        });

    public HttpMessageInvoker Invoker { get; }

    public void Dispose() => Invoker.Dispose();
}
