namespace IntegrationHub.Grains.Outbox;

/// <summary>How the outbox dispatcher leases the rows it publishes.</summary>
public sealed class OutboxOptions
{
    /// <summary>
    /// How long a published row stays leased before it is published again: long enough for its consumer to handle it
    /// (handlers' calls have their own time-outs); an event lost with a silo waits this long.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a dispatcher looks for due rows when no commit of its own silo woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
