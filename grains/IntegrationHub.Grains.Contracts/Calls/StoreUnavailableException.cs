namespace IntegrationHub.Grains.Contracts.Calls;

/// <summary>
/// A grain call failed because the store did not answer (a restart, a failover, a full pool): worth trying again shortly.
/// It carries no detail of the store's error, which stays in the silo's log; the store client's own exceptions cannot
/// cross to a gateway in any case, Orleans having no codec for them.
/// </summary>
[GenerateSerializer]
[Alias("hub.StoreUnavailableException")]
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
        : base("The hub's store did not answer; try again shortly.")
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether the store's unavailability is what <paramref name="exception"/> came from, however Orleans wrapped it.</summary>
    /// <param name="exception">The failure of a grain call.</param>
    public static bool IsCauseOf(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is StoreUnavailableException)
            {
                return true;
            }
        }

        return false;
    }
}
