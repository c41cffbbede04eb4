using Polly;

namespace IntegrationHub.Adapters.Http;

/// <summary>The base of the clients: a named client from the factory per call, and the client's Polly pipeline.</summary>
internal abstract class AdapterClient
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly string _httpClientName;

    protected AdapterClient(IHttpClientFactory httpClientFactory, string httpClientName, ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        _httpClientFactory = httpClientFactory;
        _httpClientName = httpClientName;
        Pipeline = pipeline;
    }

    protected ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    protected IHttpClientFactory HttpClientFactory => _httpClientFactory;

    /// <summary>Sends a fresh request per attempt; the answer is the caller's to dispose.</summary>
    protected ValueTask<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken) =>
        Pipeline.SendAsync(_httpClientFactory.CreateClient(_httpClientName), createRequest, cancellationToken);

    /// <inheritdoc cref="ResilientHttp.PostIdempotentAsync"/>
    protected Task PostIdempotentAsync<T>(string path, T body, string systemName, CancellationToken cancellationToken) =>
        Pipeline.PostIdempotentAsync(_httpClientFactory.CreateClient(_httpClientName), path, body, systemName, cancellationToken);
}
