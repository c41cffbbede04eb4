using System.Net;
using System.Text.Json;
using IntegrationHub.Adapters.Http;
using Microsoft.Extensions.Logging;
using Refit;

namespace IntegrationHub.Adapters.Hsa;

/// <summary>
/// The HSA directory (<see cref="IHsaDirectoryApi"/>): <c>GET {base}hsa/staff/{hsaId}</c> and
/// <c>GET {base}hsa/units/{hsaId}</c> and the search <c>GET {base}hsa/units?name=&amp;region=</c>; 404 is null, anything else that is not a well-formed answer (down, 5xx,
/// time-out, open circuit, malformed JSON) is <see cref="DirectoryUnavailableException"/>.
/// </summary>
internal sealed partial class HsaDirectoryClient(Func<IHsaDirectoryApi> directory, ILogger<HsaDirectoryClient> logger) : IHsaDirectory
{
    public const string HttpClientName = "IntegrationHub.Adapters.Hsa";

    private readonly ILogger<HsaDirectoryClient> _logger = logger;

    public async Task<HsaStaffMember?> FindStaffAsync(string hsaId, CancellationToken cancellationToken) =>
        (await FindAsync(directory().GetStaffAsync, hsaId, cancellationToken))?.ToStaffMember();

    public Task<HsaClinic?> FindClinicAsync(string hsaId, CancellationToken cancellationToken) =>
        FindAsync(directory().GetUnitAsync, hsaId, cancellationToken);

    public async Task<IReadOnlyList<HsaClinic>> SearchClinicsAsync(string name, string? region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await FindAsync((text, ct) => directory().SearchUnitsAsync(text, region, ct), name, cancellationToken) ?? [];
    }

    private async Task<T?> FindAsync<T>(
        Func<string, CancellationToken, Task<IApiResponse<T>>> get, string hsaId, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hsaId);
        try
        {
            using var response = await get(hsaId.Trim(), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The HSA directory answered {(int?)response.StatusCode}.", null, response.StatusCode);
            }

            return response.Error is { } error
                ? throw new JsonException("The HSA directory's answer could not be read.", error)
                : response.Content ?? throw new JsonException("The HSA directory answered null.");
        }
        catch (Exception e) when (AdapterFailures.IsNoAnswer(e, cancellationToken) || e is JsonException)
        {
            LogUnavailable(hsaId, e.GetType().Name);
            throw new DirectoryUnavailableException("The HSA directory gave no usable answer.", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The HSA directory gave no usable answer for {HsaId} ({Failure}).")]
    private partial void LogUnavailable(string hsaId, string failure);
}
