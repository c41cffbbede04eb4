using Polly;
using Refit;

namespace IntegrationHub.Adapters.Http;

/// <summary>How the clients tell "the system gave no usable answer" from everything else.</summary>
internal static class AdapterFailures
{
    /// <summary>
    /// Whether an exception out of a Refit call means "no answer": the connection failed, the resilience pipeline
    /// gave up (a time-out or an open circuit), or the call was cancelled by something other than the caller.
    /// </summary>
    public static bool IsNoAnswer(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or ExecutionRejectedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>
    /// Sends a write that the receiver takes idempotently (by its id) and returns when it was taken.
    /// </summary>
    /// <exception cref="HttpRequestException">It was not taken: the answer's status, or no answer at all.</exception>
    public static async Task EnsureTakenAsync(
        Func<CancellationToken, Task<IApiResponse>> send, string systemName, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await send(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The {systemName} answered {(int?)response.StatusCode}.", null, response.StatusCode);
            }
        }
        catch (Exception e) when (e is not HttpRequestException && IsNoAnswer(e, cancellationToken))
        {
            throw new HttpRequestException($"The {systemName} did not answer.", e);
        }
    }
}
