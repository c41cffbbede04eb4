using System.Data.Common;

namespace IntegrationHub.Store;

/// <summary>What a failed store call says about the store.</summary>
public static class StoreFailures
{
    /// <summary>
    /// The transient store error (a restart, a failover, a full pool) somewhere in <paramref name="exception"/>'s chain,
    /// however deep a caller wrapped it; <see langword="null"/> when the failure was something else.
    /// </summary>
    /// <param name="exception">The failure, as it reached the caller.</param>
    public static DbException? TransientErrorIn(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DbException { IsTransient: true } storeError)
            {
                return storeError;
            }
        }

        return null;
    }
}
