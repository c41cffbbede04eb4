using System.Net.Http.Json;
using Polly;

namespace IntegrationHub.Adapters.Http;

/// <summary>Sending through a pipeline: a fresh request per attempt (a request message cannot be sent twice).</summary>
internal static class ResilientHttp
{
    /// <summary>The answer (the caller disposes it); the pipeline's exceptions otherwise.</summary>
    public static async ValueTask<HttpResponseMessage> SendAsync(
        this ResiliencePipeline<HttpResponseMessage> pipeline,
        HttpClient http,
        Func<HttpRequestMessage> createRequest,
        CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(
            static async (state, ct) =>
            {
                using var request = state.createRequest();
                return await state.http.SendAsync(request, ct);
            },
            (http, createRequest),
            cancellationToken);

    /// <summary>
    /// POSTs a JSON body that the receiver takes idempotently (by its id), retrying as the pipeline says.
    /// </summary>
    /// <exception cref="HttpRequestException">No success answer (with the last status when there was one).</exception>
    public static async Task PostIdempotentAsync<T>(
        this ResiliencePipeline<HttpResponseMessage> pipeline,
        HttpClient http,
        string path,
        T body,
        string systemName,
        CancellationToken cancellationToken)
    {
        try
        {
            using var response = await pipeline.SendAsync(
                http,
                () => new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: AdapterJson.Options) },
                cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    $"The {systemName} answered {(int)response.StatusCode}.", null, response.StatusCode);
            }
        }
        catch (Exception e) when (e is not HttpRequestException && AdapterResilience.IsNoAnswer(e, cancellationToken))
        {
            throw new HttpRequestException($"The {systemName} did not answer.", e);
        }
    }
}
