namespace IntegrationHub.Runtime.Core;

/// <summary>
/// Sends calls to this silo's activation of one grain, activating it when needed. A call that lost a write to another
/// activation is retried on fresh state (the stale activation has already retired itself).
/// </summary>
internal sealed class GrainReference(SiloRuntime runtime, GrainId id, GrainTypeInfo type)
{
    private ActivationData? cached;

    public GrainId Id => id;

    public Task<T> InvokeAsync<T>(Func<Grain, object?[], Task<T>> call, object?[] arguments)
    {
        var task = InvokeWithRetryAsync(call, arguments);
        return task.IsCompleted ? task : task.WaitAsync(runtime.Options.CallTimeout);
    }

    public Task InvokeAsync(Func<Grain, object?[], Task> call, object?[] arguments)
    {
        var task = InvokeWithRetryAsync(call, arguments);
        return task.IsCompleted ? task : task.WaitAsync(runtime.Options.CallTimeout);
    }

    private async Task<T> InvokeWithRetryAsync<T>(Func<Grain, object?[], Task<T>> call, object?[] arguments)
    {
        var retries = runtime.Options.InconsistentStateRetries;
        while (true)
        {
            try
            {
                return await Resolve().InvokeAsync(call, arguments);
            }
            catch (ActivationDeactivatedException)
            {
            }
            catch (InconsistentStateException) when (retries-- > 0)
            {
            }
        }
    }

    private async Task InvokeWithRetryAsync(Func<Grain, object?[], Task> call, object?[] arguments)
    {
        var retries = runtime.Options.InconsistentStateRetries;
        while (true)
        {
            try
            {
                await Resolve().InvokeAsync(call, arguments);
                return;
            }
            catch (ActivationDeactivatedException)
            {
            }
            catch (InconsistentStateException) when (retries-- > 0)
            {
            }
        }
    }

    private ActivationData Resolve()
    {
        var activation = cached;
        if (activation is null || activation.Status == ActivationStatus.Deactivated)
        {
            activation = runtime.Catalog.GetOrCreate(id, type);
            cached = activation;
        }

        return activation;
    }
}
