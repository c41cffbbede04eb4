using IntegrationHub.Grains.Contracts.Accounts;

namespace IntegrationHub.Grains.Accounts;

/// <summary>
/// A hop-out service and the account rules it is reached under (HO2): its age limit (YT1, YT2), whether it is adapted
/// for proxies (PX4), and whether it honours the journal's seal and guardian block (JR1, JR2).
/// </summary>
public sealed record HopOutService(string Name, int MinimumAge, bool OpenToProxies, bool HonoursJournalRestrictions)
{
    public static HopOutService Journal { get; } = new("journal", 16, OpenToProxies: true, HonoursJournalRestrictions: true);

    public static HopOutService Medications { get; } = new("medications", 18, OpenToProxies: false, HonoursJournalRestrictions: false);

    public static HopOutService Samples { get; } = new("samples", 0, OpenToProxies: true, HonoursJournalRestrictions: false);

    public static HopOutService Support { get; } = new("support", 0, OpenToProxies: true, HonoursJournalRestrictions: false);

    public static IReadOnlyDictionary<string, HopOutService> All { get; } =
        new[] { Journal, Medications, Samples, Support }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public static HopOutService? Find(string? name) => name is not null && All.TryGetValue(name, out var service) ? service : null;
}
