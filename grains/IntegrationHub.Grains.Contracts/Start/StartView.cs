using IntegrationHub.Grains.Contracts.Accounts;

namespace IntegrationHub.Grains.Contracts.Start;

/// <summary>
/// HO3, <c>GET /api/start</c>: the start page of the acting identity in one answer. Where the resident is listed, the
/// booked appointments the regional booking services fed over FHIR, the cases still going on with their latest event,
/// how many cases hold messages not yet read, the hop-out services with why those that are not available are not, and
/// notices (such as the date a guardian's proxy access ends). <see cref="Age"/> and <see cref="Proxies"/> (the
/// logged-in resident's own relationships, as <c>GET /api/me</c> lists them) serve the page's Ombud section.
/// </summary>
[GenerateSerializer]
[Alias("hub.StartView")]
public sealed record StartView(
    string Name,
    int Age,
    ActingAsView? ActingAs,
    ListingView? Listing,
    IReadOnlyList<StartAppointment> Appointments,
    int Unread,
    IReadOnlyList<StartCase> Cases,
    IReadOnlyList<StartService> Services,
    IReadOnlyList<StartNotice> Notices,
    IReadOnlyList<ProxyView> Proxies);
