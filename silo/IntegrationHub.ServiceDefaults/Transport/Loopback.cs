using System.Net;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.ServiceDefaults.Transport;

/// <summary>Whether a request came from this machine: what the hub's operator-only surfaces (<c>/metrics</c>, the Orleans Dashboard) admit.</summary>
public static class Loopback
{
    /// <summary>Loopback, or no network address at all (an in-memory server).</summary>
    public static bool Is(IPAddress? address) =>
        address is null || IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    public static bool IsFrom(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Is(context.Connection.RemoteIpAddress);
    }
}
