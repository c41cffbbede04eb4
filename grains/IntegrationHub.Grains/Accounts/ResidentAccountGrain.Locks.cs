using System.Globalization;
using IntegrationHub.Grains.Audit;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Audit;
using IntegrationHub.Grains.Contracts.Journal;
using IntegrationHub.Grains.Contracts.Locks;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Grains.Journal;
using IntegrationHub.Identity;

namespace IntegrationHub.Grains.Accounts;

/// <summary>Locks and unlocks applied to the account (LK1, LK5, LK8, LK10), its register, and the LK6 review.</summary>
internal sealed partial class ResidentAccountGrain
{
    /// <summary>LK6: a lock together with a journal seal is reviewed regularly; the hub puts it on the register once a year.</summary>
    private const int LockReviewIntervalYears = 1;

    public async Task<LockApplied> ApplyLockAsync(LockApplication application)
    {
        if (!AlreadyApplied(application.RequestId))
        {
            await LockCoreAsync(application);
        }

        var mirror = Account.Mirror();

        // Not only for accounts that have logged in or been looked up: a young child's account is usually unknown here
        // until now, and AgeNow reads the age from the personnummer then (LK1).
        var guardiansKeepAccess = AgeNow() < AgeRules.ProxyUserAge && !mirror.GuardianBlocked;
        return new LockApplied(mirror.Sealed, LockWarnings.For(mirror.Sealed, guardiansKeepAccess));
    }

    public async Task ApplyUnlockAsync(UnlockApplication application)
    {
        if (AlreadyApplied(application.RequestId))
        {
            return;
        }

        // LK10, JR3: the lock goes at once; seals and guardian blocks stay exactly as the journal system set them.
        var lifted = Account.Lock;
        Account.Lock = null;
        Account.LockRegister.Add(new LockRegisterEntry(
            application.RequestId,
            "unlock",
            lifted?.Origin,
            Reason: null,
            application.DecidingRegion,
            application.RequestedBy,
            application.DecidedBy,
            application.ExecutedBy,
            Emergency: false,
            application.RequestedAt,
            application.DecidedAt,
            application.ExecutedAt));
        if (application.DecidingRegion is not null)
        {
            WriteJournalNote("Spärren av inloggningen till 1177 Vårdguiden hävdes efter beslut av regionen.", application.ExecutedAt);
        }

        Audit(application.ExecutedAt, "unlock", AuditTrail.Staff, application.ExecutedBy, null, "success", null);
        ScheduleLockReview();
        await CommitAsync();
    }

    public async Task ReviewLockAsync()
    {
        var today = StockholmTime.DateOf(Clock.GetUtcNow());
        if (Account.LockReviewDue is not { } due || due > today)
        {
            return;
        }

        if (Account.Lock is not null && Account.Mirror().Sealed)
        {
            // The review itself is people's work (central support with the regional chief physician); the register shows it is due.
            var now = Clock.GetUtcNow();
            Account.LockRegister.Add(new LockRegisterEntry(
                $"review-{now:yyyyMMdd}", "review-due", Account.Lock.Origin, Account.Lock.Reason, Account.Lock.Region, "hub", null, "hub", false, now, null, now));
            Audit(now, "lock-review-due", AuditTrail.System, "hub", null, "success", null);
            Account.LockReviewDue = null;
        }

        ScheduleLockReview();
        await CommitAsync();
    }

    public Task<AccountLockStatus> GetLockStatusAsync() =>
        Task.FromResult(new AccountLockStatus(
            Account.Lock is not null,
            Account.Lock?.Origin,
            Account.Lock?.Region,
            Account.Known ? Account.Region : null,
            Account.Deceased,
            Account.Known));

    public async Task<IReadOnlyList<LockRegisterEntry>> GetLockRegisterAsync(StaffAccess access)
    {
        Audit(Clock.GetUtcNow(), access.What, AuditTrail.Staff, access.StaffHsaId, access.ClinicHsaId, "success", null);
        await WriteRowsAsync();
        return Account.LockRegister.ToList();
    }

    private async Task LockCoreAsync(LockApplication application)
    {
        var sessions = Account.LiveSessions.ToList();
        Account.LiveSessions.Clear();

        // A region's lock in force stays the region's when the resident's own lock comes on top of it: otherwise the
        // national support could lift the region's lock without the region's decision (LK9). Both are in the register.
        if (Account.Lock is not { Region: not null } || application.DecidingRegion is not null)
        {
            Account.Lock = new AccountLock(application.RequestId, application.Origin, application.DecidingRegion, application.Reason, application.ExecutedAt);
        }

        Account.LockRegister.Add(new LockRegisterEntry(
            application.RequestId,
            "lock",
            application.Origin,
            application.Reason,
            application.DecidingRegion,
            application.RequestedBy,
            application.DecidedBy,
            application.ExecutedBy,
            application.Emergency,
            application.RequestedAt,
            application.DecidedAt,
            application.ExecutedAt));
        if (application.DecidingRegion is not null)
        {
            WriteJournalNote("Inloggningen till 1177 Vårdguiden spärrades efter beslut av regionen.", application.ExecutedAt);
        }

        Audit(application.ExecutedAt, "lock", AuditTrail.Staff, application.ExecutedBy, null, "success", application.Reason);
        ScheduleLockReview();
        await CommitAsync();

        // LK1: the lock ends every live session at once; each session also asks this grain on its next request.
        EndSessions(sessions, SessionEndReason.Locked);
    }

    /// <summary>
    /// LK6: while a lock made with a sealed journal is in force, a review is due a year on, in the index the daily work
    /// reads; a lock without a seal, or none, has no review.
    /// </summary>
    private void ScheduleLockReview()
    {
        if (Account.Lock is null || !Account.Mirror().Sealed)
        {
            if (Account.LockReviewDue is not null)
            {
                Account.LockReviewDue = null;
                RemoveIndexEntry(LockReviews.Index, GrainKey);
            }

            return;
        }

        if (Account.LockReviewDue is null)
        {
            var due = StockholmTime.DateOf(Clock.GetUtcNow()).AddYears(LockReviewIntervalYears);
            Account.LockReviewDue = due;
            SetIndexEntry(LockReviews.Index, GrainKey, LockReviews.Partition, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private bool AlreadyApplied(string requestId) => Account.LockRegister.Exists(e => e.RequestId == requestId);

    private void WriteJournalNote(string text, DateTimeOffset at) =>
        EmitEvent(JournalNoteRequested.Topic, new JournalNoteRequested(Number, JournalNoteRequested.LoginTitle, text, at));
}
