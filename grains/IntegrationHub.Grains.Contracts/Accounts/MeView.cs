namespace IntegrationHub.Grains.Accounts;

/// <summary>
/// The body of <c>GET /api/me</c> and of a successful resident login: the acting user's name, age, what they may use
/// now, their contacts, their proxy relationships and whom they act for.
/// </summary>
public sealed record MeView(
    string Name,
    int Age,
    AccountCapabilities Capabilities,
    ContactDetails Contacts,
    IReadOnlyList<ProxyView> Proxies,
    ActingAsView? ActingAs)
{
    public static MeView From(AccountProfile profile) =>
        new(profile.Name, profile.Age, profile.Capabilities, profile.Contacts, [], null);
}
