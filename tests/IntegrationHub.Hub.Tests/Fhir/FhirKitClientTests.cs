using System.Diagnostics;
using System.Text.Json;
using IntegrationHub.Fhir.Tests.Schema;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>
/// The API driven end to end by an independent FHIR client from npm (fhir-kit-client, <c>tests/fhir-validator/fhir-kit-e2e.mjs</c>):
/// capability statement, Patient search, Communication create, Task read, paged Task search with <c>next</c> links,
/// AuditEvent, and a refusal without token. Every resource it received is checked by Firely's validator and against the
/// R4 JSON schema.
/// </summary>
public sealed class FhirKitClientTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "ST2")]
    public async Task FhirKitClient_EndToEnd_SeesAConformingServer()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture);
        var token = await fhir.TokenAsync("region-kit", "system/Patient.read", "system/Communication.write", "system/Task.read", "system/AuditEvent.read");
        var validator = new FhirSchemaValidator();

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = validator.ValidatorDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["FHIR_BASE"] = new Uri(fixture.Hub.BaseAddress, FhirApi.Base).ToString(),
                ["FHIR_TOKEN"] = token,
                ["FHIR_PERSONNUMMER"] = personnummer,
            },
        };
        start.ArgumentList.Add("fhir-kit-e2e.mjs");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var stdout = await output;
        Assert.True(process.ExitCode == 0, $"fhir-kit-e2e.mjs exited with {process.ExitCode}: {await errors}\n{stdout}");

        var run = JsonDocument.Parse(stdout).RootElement;
        var checks = run.GetProperty("checks");
        Assert.Equal("4.0.1", checks.GetProperty("fhirVersion").GetString());
        Assert.Equal(personnummer, checks.GetProperty("patientIdentifier").GetString());
        Assert.StartsWith("Task/", checks.GetProperty("createdPartOf").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, checks.GetProperty("tasks").GetInt32());
        Assert.Equal(2, checks.GetProperty("communications").GetInt32());
        Assert.Contains("region-kit", checks.GetProperty("auditAgents").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(401, checks.GetProperty("withoutToken").GetInt32());

        var resources = run.GetProperty("resources").EnumerateArray().Select(r => r.GetRawText()).ToList();
        Assert.NotEmpty(resources);
        await FhirApi.AssertValidAsync(resources);
    }
}
