using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace IntegrationHub.Adapters.Http;

/// <summary>
/// The resilience pipeline of every client, composed as Microsoft.Extensions.Http.Resilience's standard pipeline is
/// (total time-out, retry, circuit breaker, time-out per attempt) from the package's HTTP strategy options, so that
/// what counts as transient (a connection failure, a time-out, 408, 429, 5xx) is the package's. It is not
/// <c>AddStandardResilienceHandler</c> because that one takes its clock from the container, and the hub's clock may be
/// simulated and stand still: here time-outs, back-off and the breaker run on the system clock.
/// </summary>
internal static class AdapterResilience
{
    /// <summary>The pipeline's name: a client's pipeline is <c>{HttpClientName}-adapter</c> in telemetry.</summary>
    public const string PipelineName = "adapter";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, AdapterClientOptions options, string optionName)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        if (options.TotalTimeout < options.Timeout)
        {
            throw new InvalidOperationException(
                $"HubAdapterOptions.{optionName}.TotalTimeout ({options.TotalTimeout}) is shorter than one attempt's Timeout ({options.Timeout}).");
        }

        pipeline.TimeProvider = TimeProvider.System;
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(IdempotentOnly(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
            }));
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
        });
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = options.Timeout });
    }

    /// <summary>
    /// Retries what the package deems transient, and only for a method that is idempotent by RFC 9110 (GET, HEAD,
    /// PUT, DELETE, OPTIONS, TRACE): a POST (an SMS, a journal note) is sent once, and the sender's outbox decides.
    /// The package's <c>DisableForUnsafeHttpMethods()</c> would stop PUT and DELETE retries too, so it is not used.
    /// </summary>
    private static HttpRetryStrategyOptions IdempotentOnly(HttpRetryStrategyOptions retry)
    {
        var isTransient = retry.ShouldHandle;
        retry.ShouldHandle = async args =>
            IsIdempotent(args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage()) && await isTransient(args);
        return retry;
    }

    private static bool IsIdempotent(HttpRequestMessage? request) =>
        request is not null
        && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Put
            || request.Method == HttpMethod.Delete || request.Method == HttpMethod.Options || request.Method == HttpMethod.Trace);
}
