namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// The body of <c>GET /api/me</c> and of a successful resident login: the acting user's name, age, what may be used
/// now, the contacts, the logged-in guardian's proxy relationships and whom the session acts for.
/// </summary>
[GenerateSerializer]
[Alias("hub.MeView")]
public sealed record MeView(
    string Name,
    int Age,
    AccountCapabilities Capabilities,
    ContactDetails Contacts,
    IReadOnlyList<ProxyView> Proxies,
    ActingAsView? ActingAs);
