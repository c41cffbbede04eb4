namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>The hub's copy of the journal's restrictions, as last told by the journal system.</summary>
[GenerateSerializer]
[Alias("hub.JournalMirror")]
public sealed record JournalMirror(IReadOnlyList<JournalConsentUpdate> Restrictions)
{
    public bool Sealed => Restrictions.Any(r => r.Active && r.Restriction == JournalRestriction.Seal);

    public bool GuardianBlocked => Restrictions.Any(r => r.Active && r.Restriction == JournalRestriction.GuardianBlock);

    /// <summary>JR2: whether a block in force covers this guardian (one that names no guardian covers them all).</summary>
    public bool BlocksGuardian(string guardian) =>
        Restrictions.Any(r => r.Active && r.Restriction == JournalRestriction.GuardianBlock
            && (r.Guardians.Count == 0 || r.Guardians.Any(g => g.EndsWith(guardian, StringComparison.Ordinal))));
}
