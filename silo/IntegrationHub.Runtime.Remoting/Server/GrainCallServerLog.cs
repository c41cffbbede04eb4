using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Remoting.Server;

/// <summary>Log lines of the grain-call endpoint: never a key, an argument or a signature.</summary>
internal static partial class GrainCallServerLog
{
    [LoggerMessage(401, LogLevel.Warning, "Grain call refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(402, LogLevel.Information, "Grain call {Interface}.{Method} threw {ExceptionType}")]
    public static partial void GrainThrew(ILogger logger, string @interface, string method, string exceptionType);
}
