using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Remoting.Client;

/// <summary>Log lines of the remote grain client: interface and method names, never a key (it may be a personnummer).</summary>
internal static partial class RemoteGrainLog
{
    [LoggerMessage(301, LogLevel.Warning, "Silo {Silo} unreachable for {Interface}.{Method}; trying the next one")]
    public static partial void SiloUnreachable(ILogger logger, Uri silo, string @interface, string method, Exception exception);
}
