using IntegrationHub.Grains.Contracts.Start;

namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// The account's part of the start page (HO3), from its own state: the name and age, where listed, the appointments, the
/// hop-out services as the acting user may use them (for a guardian in proxy mode, as that guardian), the contacts and the
/// 13th birthday (the day proxy access ends).
/// </summary>
[GenerateSerializer]
[Alias("hub.AccountOverview")]
public sealed record AccountOverview(
    string Name,
    int Age,
    ListingView? Listing,
    IReadOnlyList<StartAppointment> Appointments,
    IReadOnlyList<StartService> Services,
    ContactDetails Contacts,
    DateOnly ThirteenthBirthday);
