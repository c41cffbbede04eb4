using IntegrationHub.Grains.Contracts.Calls;
using IntegrationHub.Store;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Silo.Calls;

/// <summary>
/// Turns a grain call that failed on a transient store error (however deep Orleans' storage wrapped it) into a
/// <see cref="StoreUnavailableException"/>, which the gateway answers with 503 and which, unlike the store client's
/// exceptions, Orleans can send to the gateway at all. The store's own error is logged here, where it happened.
/// </summary>
internal sealed partial class TransientStoreFailureFilter(ILogger<TransientStoreFailureFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (StoreFailures.TransientErrorIn(exception) is { } storeError)
        {
            LogStoreUnavailable(logger, context.InterfaceName, context.MethodName, storeError.GetType().Name, storeError.Message);
            throw new StoreUnavailableException();
        }
        catch (Exception exception) when (exception is not StoreUnavailableException && StoreUnavailableException.IsCauseOf(exception))
        {
            // The grain storage said so already (and logged the store's error): the caller gets it unwrapped.
            throw new StoreUnavailableException();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Interface}.{Method} failed: the store did not answer ({ErrorType}: {ErrorMessage})")]
    private static partial void LogStoreUnavailable(ILogger logger, string @interface, string method, string errorType, string errorMessage);
}
