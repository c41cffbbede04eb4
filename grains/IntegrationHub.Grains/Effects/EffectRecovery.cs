using IntegrationHub.Store.Effects;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace IntegrationHub.Grains.Effects;

/// <summary>
/// Finds grains whose effect marker outlived the commit it was written for (the silo died between the state write and
/// the effects) and activates each, which applies what its state still holds. Any silo may do it; doing it twice is
/// harmless.
/// </summary>
internal sealed partial class EffectRecovery(IEffectStore effects, IGrainFactory grains, TimeProvider realTime, ILogger<EffectRecovery> logger)
{
    /// <summary>A commit applies its effects within milliseconds; a marker this old belongs to one that did not.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(30);

    private const int BatchSize = 100;

    /// <summary>Applies the effects of grains whose marker is older than <paramref name="staleAfter"/>; returns how many grains.</summary>
    public async Task<int> RecoverAsync(TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var pending = await effects.FindPendingAsync(realTime.GetUtcNow() - staleAfter, BatchSize, cancellationToken);
        foreach (var grain in pending)
        {
            try
            {
                await grains.GetGrain<IEffectfulGrain>(GrainId.Create(grain.Type, grain.Key)).ApplyPendingEffectsAsync();
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                LogRecoveryFailed(logger, grain.Type, exception);
            }
        }

        return pending.Count;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(StaleAfter, realTime);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await RecoverAsync(StaleAfter, cancellationToken);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    LogRecoveryFailed(logger, "any", exception);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not apply the owed effects of a {GrainType} grain; tried again at the next round")]
    private static partial void LogRecoveryFailed(ILogger logger, string grainType, Exception exception);
}
