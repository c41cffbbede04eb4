using IntegrationHub.Grains.Proxies;
using IntegrationHub.Grains.Sessions;
using IntegrationHub.Runtime;

namespace IntegrationHub.Grains.Accounts;

/// <summary>
/// The body of <c>GET /api/me</c> and of a successful resident login: the acting user's name, age, what may be used
/// now, the contacts, the logged-in guardian's proxy relationships and whom the session acts for.
/// </summary>
public sealed record MeView(
    string Name,
    int Age,
    AccountCapabilities Capabilities,
    ContactDetails Contacts,
    IReadOnlyList<ProxyView> Proxies,
    ActingAsView? ActingAs)
{
    public static async Task<MeView> BuildAsync(IGrainFactory grains, SessionPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(principal);
        var acting = grains.GetGrain<IResidentAccountGrain>(principal.Acting);
        var profile = principal.ActingFor is null ? await acting.GetProfileAsync() : await acting.GetProfileForGuardianAsync(principal.Subject);
        var children = await grains.GetGrain<IResidentAccountGrain>(principal.Subject).GetProxyChildrenAsync();
        var relationships = await Task.WhenAll(children.Select(child =>
            grains.GetGrain<IProxyRelationshipGrain>(ProxyRelationshipKey.Of(principal.Subject, child)).GetAsync()));

        // PX7: a relationship ended by protected identity disappears from the guardian's start page.
        var proxies = relationships.Where(r => r is { HiddenFromGuardian: false }).Select(r => ProxyView.From(r!)).ToList();
        var actingAs = principal.ActingFor is null ? null : new ActingAsView(principal.ActingFor, profile.Name);
        return new MeView(profile.Name, profile.Age, profile.Capabilities, profile.Contacts, proxies, actingAs);
    }
}
