using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Adapters;
using IntegrationHub.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Web.Hosting;

/// <summary>
/// In simulation mode the login pages stand in for the identity provider's own page: one types a personnummer (or an
/// HSA-id) and the simulated provider signs the assertion (its <c>control</c> routes), which the page then posts to the
/// same login logic as the API. Outside simulation there is no such page.
/// </summary>
internal sealed class SimulatedIdentityProvider(HubOptions hub, IOptions<HubAdapterOptions> adapters, IHttpClientFactory http)
{
    public const string HttpClientName = "IntegrationHub.Gateway.Web.SimulatedIdentityProvider";

    public bool Enabled => hub.Simulation && adapters.Value.IdentityProvider.BaseAddress is not null;

    public Task<string?> SignResidentAsync(string personnummer, string method, CancellationToken cancellationToken) =>
        SignAsync("control/resident", new { personnummer, method }, cancellationToken);

    public Task<string?> SignStaffAsync(string hsaId, CancellationToken cancellationToken) =>
        SignAsync("control/staff", new { hsaId }, cancellationToken);

    private async Task<string?> SignAsync(string path, object body, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return null;
        }

        using var client = http.CreateClient(HttpClientName);
        var baseAddress = adapters.Value.IdentityProvider.BaseAddress!.AbsoluteUri.TrimEnd('/') + "/";
        using var response = await client.PostAsJsonAsync(new Uri(new Uri(baseAddress), path), body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return answer.TryGetProperty("assertion", out var assertion) ? assertion.GetString() : null;
    }
}
