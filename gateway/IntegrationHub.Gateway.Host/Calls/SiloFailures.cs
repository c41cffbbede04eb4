using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace IntegrationHub.Gateway.Host.Calls;

/// <summary>The grain-call failures that mean the silo serving the call is gone, not that the call was wrong.</summary>
internal static class SiloFailures
{
    // A time-out too: a request in flight to a silo that died is never answered, only timed out.
    public static bool IsSiloGone(Exception? exception) =>
        exception is SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException or TimeoutException;
}
