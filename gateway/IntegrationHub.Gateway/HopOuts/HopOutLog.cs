using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace IntegrationHub.Gateway.HopOuts;

/// <summary>Log lines of the hop-outs: service names and codes only, never a person or a token.</summary>
internal static partial class HopOutLog
{
    [LoggerMessage(101, LogLevel.Information, "Hop-out to {Service} refused with {Status} {Code}")]
    public static partial void Refused(ILogger logger, string service, int status, string code);

    [LoggerMessage(102, LogLevel.Debug, "Hop-out to {Service} forwarded; answered {Status}")]
    public static partial void Forwarded(ILogger logger, string service, int status);

    [LoggerMessage(103, LogLevel.Warning, "Hop-out to {Service} failed: {Error}")]
    public static partial void ForwardFailed(ILogger logger, string service, ForwarderError error, Exception? exception);

    [LoggerMessage(104, LogLevel.Information, "Request to unknown hop-out service refused")]
    public static partial void UnknownService(ILogger logger);
}
