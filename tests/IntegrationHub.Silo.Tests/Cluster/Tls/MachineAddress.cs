using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace IntegrationHub.Silo.Tests.Cluster.Tls;

internal static class MachineAddress
{
    /// <summary>This machine's first IPv4 address outside loopback: "from outside loopback" needs a real one, so without it the test fails.</summary>
    public static IPAddress Outside() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new InvalidOperationException("This test needs an IPv4 address outside loopback on this machine.");
}
