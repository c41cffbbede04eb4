namespace IntegrationHub.Grains.Effects;

/// <summary>The state of a grain with effects: its own fields and the effects its commits still owe.</summary>
public abstract class EffectfulState
{
    public PendingEffects Effects { get; set; } = new();
}
