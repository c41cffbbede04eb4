namespace IntegrationHub.Grains.Accounts;

/// <summary>The hub's copy of the journal's restrictions, as last told by the journal system.</summary>
public sealed record JournalMirror(IReadOnlyList<JournalConsentUpdate> Restrictions)
{
    public bool Sealed => Restrictions.Any(r => r.Active && r.Restriction == JournalRestriction.Seal);

    public bool GuardianBlocked => Restrictions.Any(r => r.Active && r.Restriction == JournalRestriction.GuardianBlock);
}
