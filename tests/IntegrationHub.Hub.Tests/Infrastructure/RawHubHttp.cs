using System.Net;
using System.Text;

namespace IntegrationHub.Hub.Tests.Infrastructure;

/// <summary>
/// An HTTP client on the hub that sends what a hostile client may: header values as UTF-8 bytes (HttpClient's default
/// refuses anything outside ASCII), any method, any body. It shares the session cookie of a <see cref="HubClient"/>.
/// </summary>
public static class RawHubHttp
{
    public static HttpClient Create(HubFixture fixture, HubClient? session = null) =>
        new(new SocketsHttpHandler
        {
            CookieContainer = session?.Cookies ?? new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,

            // A request that asks "Expect: 100-continue" waits for the hub's answer, however busy the machine, before
            // it sends its body: an oversized body is refused without being sent.
            Expect100ContinueTimeout = TimeSpan.FromMinutes(1),
        })
        {
            BaseAddress = fixture.Hub.BaseAddress,
        };
}
