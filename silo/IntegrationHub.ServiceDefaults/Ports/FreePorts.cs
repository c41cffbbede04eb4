using System.Net;
using System.Net.Sockets;

namespace IntegrationHub.ServiceDefaults.Ports;

/// <summary>Free TCP ports on loopback, for processes that must name their ports before they bind (Orleans' localhost clustering).</summary>
public static class FreePorts
{
    public static int Next() => Take(1)[0];

    /// <summary><paramref name="count"/> distinct free ports: each is held until all are found, so none is handed out twice.</summary>
    public static int[] Take(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
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
}
