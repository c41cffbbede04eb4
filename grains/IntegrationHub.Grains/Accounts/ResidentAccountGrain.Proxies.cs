using System.Globalization;
using IntegrationHub.Grains.Audit;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Audit;
using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Grains.Inbox;
using IntegrationHub.Grains.Proxies;
using IntegrationHub.Identity;

namespace IntegrationHub.Grains.Accounts;

/// <summary>The account's side of proxies (PX2) and of the 13th birthday (PX5, PX6).</summary>
internal sealed partial class ResidentAccountGrain
{
    public async Task AddProxyChildAsync(string child)
    {
        if (!Account.ProxyChildren.Contains(child))
        {
            Account.ProxyChildren.Add(child);
            await CommitAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetProxyChildrenAsync() => Task.FromResult<IReadOnlyList<string>>([.. Account.ProxyChildren]);

    public async Task<bool> LinkGuardianAsync(string guardian)
    {
        var (person, unavailable) = await AskRegistryAsync();
        if (unavailable)
        {
            return false;
        }

        var ended = person is null ? [] : TakeFrom(person, Clock.GetUtcNow());
        if (!Account.ProxyGuardians.Contains(guardian))
        {
            Account.ProxyGuardians.Add(guardian);
        }

        await CommitAsync();
        EndSessions(ended, SessionEndReason.Deceased);
        return true;
    }

    public Task<IReadOnlyList<string>> GetProxyGuardiansAsync() => Task.FromResult<IReadOnlyList<string>>([.. Account.ProxyGuardians]);

    public async Task RunBirthdayStageAsync(string stage)
    {
        var today = StockholmTime.DateOf(Clock.GetUtcNow());
        var birthday = ThirteenthBirthday();
        if (!Account.BirthdayStagesDone.Contains(stage))
        {
            if (today < BirthdayStages.DueOn(stage, birthday))
            {
                return;
            }

            Account.BirthdayStagesDone.Add(stage);
            if (stage == BirthdayStages.Birthday)
            {
                TurnThirteen();
            }
            else if (today < birthday)
            {
                // A notice whose day has passed together with the birthday itself is not sent late.
                foreach (var message in BirthdayMessages.Notices(Number, stage, Account.Name, Account.Guardians))
                {
                    EmitEvent(HubMessageRequested.Topic, message);
                }
            }
        }

        RemoveIndexEntry(BirthdayStages.Index, BirthdayStages.EntryKey(GrainKey, stage));
        await CommitAsync();
    }

    private DateOnly ThirteenthBirthday() => (Account.Known ? Account.BirthDate : Personnummer.BirthDate).AddYears(AgeRules.ProxyUserAge);

    /// <summary>PX5: the relationships end, the contacts and notification settings go, and the child is told.</summary>
    private void TurnThirteen()
    {
        foreach (var guardian in Account.ProxyGuardians)
        {
            EmitEvent(ProxyEndRequested.Topic, new ProxyEndRequested(ProxyRelationshipKey.Of(Pseudonyms.Of(guardian), GrainKey), ProxyEndReasons.ChildTurned13));
        }

        Account.Mobile = null;
        Account.Email = null;
        EmitEvent(HubMessageRequested.Topic, BirthdayMessages.TurnedThirteen(Number));
        Audit(Clock.GetUtcNow(), "turned-13", AuditTrail.System, "hub", null, "success", "proxies-ended;contacts-erased");
    }

    /// <summary>While the resident is under 13, the birthday work waits in the index the daily sweep reads.</summary>
    /// <summary>Whether the birthday work's rows are written for the birth date held, or the 13th birthday has passed.</summary>
    private bool BirthdayWorkScheduled(DateTimeOffset now)
    {
        var birthday = ThirteenthBirthday();
        return StockholmTime.DateOf(now) > birthday || Account.BirthdayWorkScheduledFor == birthday;
    }

    private void ScheduleBirthdayWork(DateTimeOffset now)
    {
        if (BirthdayWorkScheduled(now))
        {
            return;
        }

        var birthday = ThirteenthBirthday();

        foreach (var stage in BirthdayStages.All.Where(s => !Account.BirthdayStagesDone.Contains(s)))
        {
            SetIndexEntry(
                BirthdayStages.Index,
                BirthdayStages.EntryKey(GrainKey, stage),
                BirthdayStages.Partition,
                BirthdayStages.DueOn(stage, birthday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        // The rows depend on the birth date alone: written once, not at every login.
        Account.BirthdayWorkScheduledFor = birthday;
    }
}
