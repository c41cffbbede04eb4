using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Adapters.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Adapters.Hsa;

/// <summary>
/// The HSA directory: <c>GET {base}hsa/staff/{hsaId}</c> and <c>GET {base}hsa/units/{hsaId}</c>; 404 is null,
/// anything else that is not a well-formed answer is <see cref="DirectoryUnavailableException"/>.
/// </summary>
internal sealed partial class HsaDirectoryClient : AdapterClient, IHsaDirectory
{
    public const string HttpClientName = "IntegrationHub.Adapters.Hsa";

    private readonly ILogger<HsaDirectoryClient> _logger;

    public HsaDirectoryClient(IHttpClientFactory httpClientFactory, IOptions<HubAdapterOptions> options, ILogger<HsaDirectoryClient> logger)
        : base(httpClientFactory, HttpClientName, AdapterResilience.Build(options.Value.Hsa)) => _logger = logger;

    public async Task<HsaStaffMember?> FindStaffAsync(string hsaId, CancellationToken cancellationToken) =>
        (await GetAsync<HsaStaffDocument>("hsa/staff/", hsaId, cancellationToken))?.ToStaffMember();

    public Task<HsaClinic?> FindClinicAsync(string hsaId, CancellationToken cancellationToken) =>
        GetAsync<HsaClinic>("hsa/units/", hsaId, cancellationToken);

    private async Task<T?> GetAsync<T>(string collection, string hsaId, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hsaId);
        var path = collection + Uri.EscapeDataString(hsaId.Trim());
        try
        {
            using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The HSA directory answered {(int)response.StatusCode}.", null, response.StatusCode);
            }

            return await response.Content.ReadFromJsonAsync<T>(AdapterJson.Options, cancellationToken)
                ?? throw new JsonException("The HSA directory answered null.");
        }
        catch (Exception e) when (AdapterResilience.IsNoAnswer(e, cancellationToken) || e is JsonException or NotSupportedException)
        {
            LogUnavailable(hsaId, e.GetType().Name);
            throw new DirectoryUnavailableException("The HSA directory gave no usable answer.", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The HSA directory gave no usable answer for {HsaId} ({Failure}).")]
    private partial void LogUnavailable(string hsaId, string failure);
}
