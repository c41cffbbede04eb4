using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IntegrationHub.ServiceDefaults.Ports;

/// <summary>Free TCP ports on loopback, for processes that must name their ports before they bind (Orleans' localhost clustering).</summary>
public static class FreePorts
{
    /// <summary>Linux's range of ports it hands to outgoing connections and to port 0.</summary>
    private const string EphemeralRange = "/proc/sys/net/ipv4/ip_local_port_range";

    private const int Lowest = 10000;

    public static int Next() => Take(1)[0];

    /// <summary>
    /// <paramref name="count"/> distinct free ports: each is held until all are found, so none is handed out twice. On
    /// Linux they are drawn below the ephemeral range: a port found free there and released is not the next outgoing
    /// connection's local port before the silo binds it (a test run lost a hub's start to exactly that), which a port
    /// the OS chose for port 0 can be.
    /// </summary>
    public static int[] Take(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            var below = EphemeralLow();
            for (var attempt = 0; listeners.Count < count; attempt++)
            {
                var port = below > Lowest + 1000 && attempt < 1000 ? Random.Shared.Next(Lowest, below) : 0;
                var listener = new TcpListener(IPAddress.Loopback, port);
                try
                {
                    listener.Start();
                }
                catch (SocketException)
                {
                    listener.Dispose();
                    continue;
                }

                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }

    private static int EphemeralLow()
    {
        try
        {
            var range = File.ReadAllText(EphemeralRange).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }
}
