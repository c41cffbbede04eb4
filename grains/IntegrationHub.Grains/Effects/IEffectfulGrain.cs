namespace IntegrationHub.Grains.Effects;

/// <summary>Every grain with effects: the silo's recovery wakes one whose effect marker outlived a crash.</summary>
[Alias("hub.IEffectfulGrain")]
public interface IEffectfulGrain : IGrainWithStringKey
{
    /// <summary>Applies whatever effects the grain's state still holds (activating it does that already).</summary>
    Task ApplyPendingEffectsAsync();
}
