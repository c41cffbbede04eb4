using IntegrationHub.Grains.Effects;
using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Grains.Accounts;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Grains.Inbox;
using IntegrationHub.Identity;

namespace IntegrationHub.Grains.Proxies;

/// <summary>
/// A guardian's right to act for a child: active until the child's 13th birthday, the end of custody, protected
/// identity on either side, or a death, each recorded with its code. A child's lock suspends its use (PX9) without
/// ending it: that is the session's check, not a change here.
/// </summary>
[GrainType("proxy-relationship")]
internal sealed class ProxyRelationshipGrain(
    [PersistentState("relationship", HubStorage.Name)] IPersistentState<ProxyRelationshipState> state,
    HubGrainContext hub,
    IPopulationRegistry registry) : HubGrain<ProxyRelationshipState>(state, hub), IProxyRelationshipGrain
{
    public const string ActiveIndex = "proxy-active";

    private ProxyRelationshipState Relationship => State;

    public async Task<ProxyOutcome> CreateAsync()
    {
        var (guardian, child) = ParseKey();
        var (found, unavailable) = await AskRegistryAsync(guardian, child);
        if (unavailable)
        {
            return ProxyOutcome.Refused(ProxyCodes.RegistryUnavailable);
        }

        var now = Clock.GetUtcNow();
        var (code, _) = ProxyRules.Judge(found.Guardian, found.Child, now);
        if (code is not null)
        {
            return ProxyOutcome.Refused(code);
        }

        if (Relationship.Exists && Relationship.Status == ProxyStatus.Active)
        {
            return new ProxyOutcome(null, View());
        }

        if (!await Grains.Account(child.Value).LinkGuardianAsync(guardian.Value))
        {
            return ProxyOutcome.Refused(ProxyCodes.RegistryUnavailable);
        }

        await Grains.Account(guardian.Value).AddProxyChildAsync(child.Value);
        Relationship.Exists = true;
        Relationship.Guardian = guardian.Value;
        Relationship.Child = child.Value;
        Relationship.ChildName = string.IsNullOrWhiteSpace(found.Child!.Name) ? child.Value : found.Child.Name;
        Relationship.ChildBirthDate = found.Child.BirthDate;
        Relationship.Status = ProxyStatus.Active;
        Relationship.EndReason = null;
        Relationship.EndedAt = null;
        Relationship.Since = now;
        Relationship.History.Add(new ProxyChange(now, ProxyStatus.Active, "created"));
        SetIndexEntry(ActiveIndex, GrainKey, "all", GrainKey);
        await CommitAsync();
        return new ProxyOutcome(null, View());
    }

    public async Task<ProxyOutcome> CheckForUseAsync()
    {
        if (!Relationship.Exists || Relationship.Status != ProxyStatus.Active)
        {
            return ProxyOutcome.Refused(ProxyCodes.NoActiveProxy);
        }

        var (guardian, child) = ParseKey();
        var (found, unavailable) = await AskRegistryAsync(guardian, child);
        if (unavailable)
        {
            // Fail closed: custody cannot be confirmed, so the switch is refused; the relationship itself stays.
            return ProxyOutcome.Refused(ProxyCodes.RegistryUnavailable);
        }

        var (code, endReason) = ProxyRules.Judge(found.Guardian, found.Child, Clock.GetUtcNow());
        if (code is not null)
        {
            if (endReason is not null)
            {
                await EndCoreAsync(endReason);
            }

            return ProxyOutcome.Refused(ProxyCodes.NoActiveProxy);
        }

        return new ProxyOutcome(null, View());
    }

    public Task<ProxyRelationshipView?> GetAsync() => Task.FromResult(Relationship.Exists ? View() : null);

    public async Task EndAsync(string reason)
    {
        if (Relationship.Exists && Relationship.Status == ProxyStatus.Active)
        {
            await EndCoreAsync(reason);
        }
    }

    public async Task VerifyAsync()
    {
        // The daily sweep touches every active relationship once; none of them needs to stay in memory afterwards.
        DeactivateOnIdle();
        if (!Relationship.Exists || Relationship.Status != ProxyStatus.Active)
        {
            return;
        }

        var (guardian, child) = ParseKey();
        var (found, unavailable) = await AskRegistryAsync(guardian, child);
        if (unavailable)
        {
            return;
        }

        var (_, endReason) = ProxyRules.Judge(found.Guardian, found.Child, Clock.GetUtcNow());
        if (endReason is not null)
        {
            await EndCoreAsync(endReason);
        }
    }

    private async Task EndCoreAsync(string reason)
    {
        var now = Clock.GetUtcNow();
        Relationship.Status = ProxyStatus.Ended;
        Relationship.EndReason = reason;
        Relationship.EndedAt = now;
        Relationship.History.Add(new ProxyChange(now, ProxyStatus.Ended, reason));
        RemoveIndexEntry(ActiveIndex, GrainKey);

        // Both parties learn that it ended and, unless that would reveal protected identity, why (PX7: not even the name).
        var shownName = reason == ProxyEndReasons.ProtectedIdentity ? "barnet" : Relationship.ChildName;
        var toGuardian = ProxyMessages.ToGuardian(Relationship.Guardian, GrainKey, reason, shownName, now);
        EmitEvent(HubMessageRequested.Topic, toGuardian);
        if (ProxyMessages.ToChild(Relationship.Child, GrainKey, reason, now) is { } toChild)
        {
            EmitEvent(HubMessageRequested.Topic, toChild);
        }

        await CommitAsync();
    }

    private ProxyRelationshipView View() => new(
        Relationship.Guardian,
        Relationship.Child,
        Relationship.ChildName,
        Relationship.Status,
        Relationship.EndReason is null ? null : ProxyEndReasons.Shown(Relationship.EndReason),
        Relationship.Since,
        Relationship.EndedAt,
        HiddenFromGuardian: Relationship.EndReason == ProxyEndReasons.ProtectedIdentity);

    private (Personnummer Guardian, Personnummer Child) ParseKey()
    {
        var (guardian, child) = ProxyRelationshipKey.Parse(GrainKey);
        return (Personnummer.Parse(Pseudonyms.Reveal(guardian)), Personnummer.Parse(Pseudonyms.Reveal(child)));
    }

    private async Task<((RegistryPerson? Guardian, RegistryPerson? Child) Found, bool Unavailable)> AskRegistryAsync(Personnummer guardian, Personnummer child)
    {
        try
        {
            var guardianTask = registry.FindAsync(guardian, CancellationToken.None);
            var childTask = registry.FindAsync(child, CancellationToken.None);
            return ((await guardianTask, await childTask), false);
        }
        catch (RegistryUnavailableException)
        {
            return ((null, null), true);
        }
    }
}
