using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using IntegrationHub.Runtime.Remoting.Protocol;
using IntegrationHub.Runtime.Remoting.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Remoting.Client;

/// <summary>
/// An <see cref="IGrainFactory"/> whose grains live in remote silos, like Orleans' cluster client. A call POSTs
/// <c>{"args": [...]}</c> to <c>{silo}/internal/grains/{interface}/{key}/{method}</c>, signed with the shared key;
/// silos are used round robin, and a call that cannot connect goes to the next one. A grain's exception comes back
/// as a <see cref="RemoteGrainException"/>. A singleton.
/// </summary>
public sealed class RemoteGrainFactory : IGrainFactory
{
    /// <summary>The name of the HttpClient this factory asks <see cref="IHttpClientFactory"/> for.</summary>
    public const string HttpClientName = "IntegrationHub.RemoteGrains";

    private readonly IHttpClientFactory httpClients;
    private readonly Uri[] silos;
    private readonly GrainCallSigner signer;
    private readonly TimeProvider clock;
    private readonly ILogger<RemoteGrainFactory> logger;
    private int next = -1;

    /// <summary>A factory over the configured silos.</summary>
    public RemoteGrainFactory(
        IHttpClientFactory httpClients,
        IOptions<RemoteGrainClientOptions> options,
        IOptions<InternalCallOptions> internalOptions,
        ILogger<RemoteGrainFactory> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(internalOptions);
        this.httpClients = httpClients;
        this.logger = logger;
        silos = options.Value.Silos.Select(s => s.AbsoluteUri.EndsWith('/') ? s : new Uri(s.AbsoluteUri + "/")).ToArray();
        if (silos.Length == 0)
        {
            throw new InvalidOperationException("The remote grain client needs at least one silo address.");
        }

        signer = GrainCallSigner.FromOptions(internalOptions.Value);
        clock = internalOptions.Value.Clock;
    }

    /// <inheritdoc/>
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var proxy = DispatchProxy.Create<TGrain, RemoteGrainProxy>();
        var remote = (RemoteGrainProxy)(object)proxy;
        remote.Factory = this;
        remote.InterfaceName = typeof(TGrain).FullName!;
        remote.Key = key;
        return proxy;
    }

    /// <summary>Sends one call; the result member of the answer, or null for a call without a result.</summary>
    internal async Task<JsonElement?> CallAsync(
        string interfaceName,
        string key,
        string method,
        IReadOnlyList<(object? Value, Type Type)> arguments,
        CancellationToken cancellationToken)
    {
        var body = SerializeArguments(arguments);
        var path = GrainCallProtocol.PathOf(interfaceName, key, method);
        var start = (uint)Interlocked.Increment(ref next);
        var client = httpClients.CreateClient(HttpClientName);
        for (var attempt = 0; ; attempt++)
        {
            var silo = silos[(start + attempt) % silos.Length];
            using var request = CreateRequest(new Uri(silo, path), body);
            try
            {
                using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                return await ReadAnswerAsync(response, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (attempt + 1 < silos.Length && IsConnectionFailure(e))
            {
                RemoteGrainLog.SiloUnreachable(logger, silo, interfaceName, method, e);
            }
        }
    }

    private static bool IsConnectionFailure(HttpRequestException e) =>
        e.StatusCode is null && e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;

    private static byte[] SerializeArguments(IReadOnlyList<(object? Value, Type Type)> arguments)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(GrainCallProtocol.ArgumentsMember);
            foreach (var (value, type) in arguments)
            {
                JsonSerializer.Serialize(writer, value, type, GrainCallProtocol.Json);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static async Task<JsonElement?> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            using var answer = JsonDocument.Parse(text);
            return answer.RootElement.TryGetProperty(GrainCallProtocol.ResultMember, out var result) ? result.Clone() : null;
        }

        throw ToException(response.StatusCode, text);
    }

    private static RemoteGrainException ToException(HttpStatusCode status, string text)
    {
        try
        {
            var problem = JsonSerializer.Deserialize<GrainCallProblem>(text, GrainCallProtocol.Json);
            if (problem is not null && !string.IsNullOrEmpty(problem.Code))
            {
                return new RemoteGrainException(problem.Code, (int)status, problem.ExceptionType, problem.Detail ?? problem.Title);
            }
        }
        catch (JsonException)
        {
        }

        return new RemoteGrainException("remote_call_failed", (int)status, null, $"The silo answered {(int)status}.");
    }

    private HttpRequestMessage CreateRequest(Uri uri, byte[] body)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(GrainCallHeaders.Timestamp, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(GrainCallHeaders.Signature, signer.Sign(HttpMethod.Post.Method, uri.PathAndQuery, timestamp, body));
        return request;
    }
}
