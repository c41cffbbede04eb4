namespace IntegrationHub.Grains.Contracts.Journal;

/// <summary>
/// The daily outbox event that starts the journal reconciliation: the silo's handler compares the hub's mirror of every
/// resident in <see cref="RestrictedIndex"/> with the journal system's own list and repairs drift (JR1, JR2).
/// </summary>
[GenerateSerializer]
[Alias("hub.JournalReconciliationDue")]
public sealed record JournalReconciliationDue(DateOnly Day)
{
    public const string Topic = "journal.reconcile";

    /// <summary>The residents whose journal the hub has been told about: partition "all", entry and sort key the personnummer.</summary>
    public const string RestrictedIndex = "journal-restricted";
}
