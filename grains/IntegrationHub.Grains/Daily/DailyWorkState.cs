using IntegrationHub.Grains.Effects;

namespace IntegrationHub.Grains.Daily;

public sealed class DailyWorkState : EffectfulState
{
    /// <summary>The Stockholm day whose work last ran.</summary>
    public DateOnly? LastRunDay { get; set; }

    /// <summary>Where today's custody check has come to, so that a crash or a restart continues rather than starts over.</summary>
    public string? CustodyAfterSortKey { get; set; }

    public string? CustodyAfterEntryKey { get; set; }

    public bool CustodyPending { get; set; }
}
