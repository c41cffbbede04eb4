using IntegrationHub.Grains.Effects;
using IntegrationHub.Grains.Contracts.Proxies;

namespace IntegrationHub.Grains.Proxies;

public sealed class ProxyRelationshipState : EffectfulState
{
    public bool Exists { get; set; }

    public string Guardian { get; set; } = string.Empty;

    public string Child { get; set; } = string.Empty;

    public string ChildName { get; set; } = string.Empty;

    public DateOnly ChildBirthDate { get; set; }

    public string Status { get; set; } = ProxyStatus.Active;

    public string? EndReason { get; set; }

    public DateTimeOffset Since { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Every change with its coded reason, oldest first.</summary>
    public List<ProxyChange> History { get; set; } = [];
}
