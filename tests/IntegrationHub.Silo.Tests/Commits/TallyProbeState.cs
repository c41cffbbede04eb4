using IntegrationHub.Grains.Effects;

namespace IntegrationHub.Silo.Tests.Commits;

public sealed class TallyProbeState : EffectfulState
{
    public int Count { get; set; }
}
