using IntegrationHub.Grains.Contracts.Calls;
using IntegrationHub.Store;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace IntegrationHub.Silo.Storage;

/// <summary>
/// The hub's grain storage as its callers should see it: a transient store error becomes a
/// <see cref="StoreUnavailableException"/>. It matters where no grain call filter runs, the state read of an activation:
/// Orleans sends that failure to the caller as it is, and has no codec for the store client's exceptions, so the gateway
/// saw a serialization error (500) instead of a store that was restarting (503). The store's own error is logged here.
/// </summary>
internal sealed partial class StoreAvailabilityGrainStorage(IGrainStorage inner, ILogger<StoreAvailabilityGrainStorage> logger)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        TranslateAsync(inner.ReadStateAsync(stateName, grainId, grainState), "read");

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        TranslateAsync(inner.WriteStateAsync(stateName, grainId, grainState), "write");

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        TranslateAsync(inner.ClearStateAsync(stateName, grainId, grainState), "clear");

    public void Participate(ISiloLifecycle observer) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(observer);

    private async Task TranslateAsync(Task operation, string what)
    {
        try
        {
            await operation;
        }
        catch (Exception exception) when (StoreFailures.TransientErrorIn(exception) is { } storeError)
        {
            LogStoreUnavailable(logger, what, storeError.GetType().Name, storeError.Message);
            throw new StoreUnavailableException();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A grain state {Operation} failed: the store did not answer ({ErrorType}: {ErrorMessage})")]
    private static partial void LogStoreUnavailable(ILogger logger, string operation, string errorType, string errorMessage);
}
