using System.Reflection;
using IntegrationHub.Grains.Contracts.Calls;

namespace IntegrationHub.Gateway.Host.Calls;

/// <summary>
/// A silo's death costs at most the requests in flight on it: an <see cref="IdempotentAttribute"/> call that failed
/// because its silo is gone is sent once more after the cluster has had time to notice the death (membership moves the
/// grain to a living silo). Any other call's failure goes to the caller as it came.
/// </summary>
internal sealed partial class IdempotentCallRetry(TimeProvider realTime, ILogger<IdempotentCallRetry> logger) : IOutgoingGrainCallFilter
{
    /// <summary>About the time two missed probes take to suspect a silo (<see cref="ServiceDefaults.ClusterTiming"/>).</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await context.Invoke();
            if (!SiloFailures.IsSiloGone(context.Response?.Exception) || !IsIdempotent(context.InterfaceMethod))
            {
                return;
            }
        }
        catch (Exception exception) when (SiloFailures.IsSiloGone(exception) && IsIdempotent(context.InterfaceMethod))
        {
        }

        LogRetried(logger, context.InterfaceName, context.MethodName);
        await Task.Delay(Pause, realTime);
        await context.Invoke();
    }

    private static bool IsIdempotent(MethodInfo? method) => method?.GetCustomAttribute<IdempotentAttribute>() is not null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Interface}.{Method} failed on a silo that is gone; sent once more")]
    private static partial void LogRetried(ILogger logger, string @interface, string method);
}
