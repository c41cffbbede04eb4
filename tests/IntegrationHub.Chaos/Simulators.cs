using System.Net.Http.Json;
using System.Text.Json;

namespace IntegrationHub.Chaos;

/// <summary>The cluster's simulator process: people, staff, clinics and signed assertions.</summary>
internal sealed class Simulators(Uri address) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = address };

    public async Task PersonAsync(string personnummer, string region)
    {
        using var response = await http.PutAsJsonAsync("/sim/population/persons", new { personnummer, givenName = "Kaos", familyName = "Testsson", region });
        response.EnsureSuccessStatusCode();
    }

    public async Task StaffAsync(string hsaId, string region, string[] roles, string? clinic = null)
    {
        object[] clinics = clinic is null ? [] : [new { hsaId = clinic, rights = new[] { "admin", "receiver", "handler" } }];
        using var response = await http.PutAsJsonAsync("/sim/hsa/staff", new { hsaId, givenName = "Kaos", familyName = "Personal", region, roles, clinics });
        response.EnsureSuccessStatusCode();
    }

    public async Task ClinicAsync(string hsaId)
    {
        using var response = await http.PutAsJsonAsync("/sim/hsa/clinics", new { hsaId, name = "Vårdcentralen Kaos", region = "01" });
        response.EnsureSuccessStatusCode();
    }

    public Task<string> ResidentAssertionAsync(string personnummer) => AssertionAsync("/sim/idp/resident", new { personnummer, method = "bankid" });

    public Task<string> StaffAssertionAsync(string hsaId) => AssertionAsync("/sim/idp/staff", new { hsaId });

    public void Dispose() => http.Dispose();

    private async Task<string> AssertionAsync(string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assertion").GetString()!;
    }
}
