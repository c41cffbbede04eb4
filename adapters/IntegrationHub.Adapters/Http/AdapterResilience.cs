using System.Net;
using IntegrationHub.Adapters.PopulationRegistry;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace IntegrationHub.Adapters.Http;

/// <summary>
/// The Polly pipelines of the clients: retries with jittered exponential back-off (outermost; every call of these
/// clients is idempotent: GETs, and POSTs idempotent by id), then the registry's circuit breaker, then a time-out
/// per attempt. Transient: a connection failure, a time-out, 408, 429 and 5xx. On the system clock by design.
/// </summary>
internal static class AdapterResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Build(AdapterClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        AddRetry(builder, options);
        AddTimeout(builder, options);
        return builder.Build();
    }

    public static ResiliencePipeline<HttpResponseMessage> BuildWithCircuitBreaker(PopulationRegistryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        AddRetry(builder, options);
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        });
        AddTimeout(builder, options);
        return builder.Build();
    }

    /// <summary>Whether an exception out of a pipeline (or out of reading its answer) means "no usable answer".</summary>
    public static bool IsNoAnswer(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or ExecutionRejectedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static void AddRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, AdapterClientOptions options)
    {
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
        }
    }

    private static void AddTimeout(ResiliencePipelineBuilder<HttpResponseMessage> builder, AdapterClientOptions options) =>
        builder.AddTimeout(options.Timeout);

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception switch
        {
            null => outcome.Result is { } response && IsTransient(response.StatusCode),
            HttpRequestException or TimeoutRejectedException => true,
            _ => false,
        };

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
