using IntegrationHub.Grains.Audit;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Audit;
using IntegrationHub.Grains.Contracts.Journal;

namespace IntegrationHub.Grains.Accounts;

/// <summary>The account's mirror of the journal system's seals and guardian blocks (JR1, JR2, JR3).</summary>
internal sealed partial class ResidentAccountGrain
{
    public async Task<bool> ApplyJournalConsentAsync(JournalConsentUpdate update)
    {
        if (Account.JournalRestrictions.TryGetValue(update.ConsentId, out var held) && held.RecordedAt >= update.RecordedAt)
        {
            // An older (or repeated) update never overwrites a newer one: the journal system may deliver out of order.
            return false;
        }

        Account.JournalRestrictions[update.ConsentId] = update;
        SetIndexEntry(JournalReconciliationDue.RestrictedIndex, GrainKey, "all", GrainKey);
        Audit(Clock.GetUtcNow(), "journal-restriction", AuditTrail.System, "journal", null, "success", $"{update.Restriction}:{(update.Active ? "active" : "lifted")}");
        ScheduleLockReview();
        await CommitAsync();
        return true;
    }

    public Task<JournalMirror> GetJournalMirrorAsync() => Task.FromResult(Account.Mirror());
}
