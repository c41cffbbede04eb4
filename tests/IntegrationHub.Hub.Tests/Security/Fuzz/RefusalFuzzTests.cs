using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IntegrationHub.Hub.Tests.Cases;
using IntegrationHub.Hub.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>
/// Issue 10: the hub tried as an attacker would. A seeded, bounded run of generated requests over every endpoint of
/// API.md (<see cref="FuzzCatalog"/>), as a logged-in resident, a logged-in staff member and without a session, with
/// wrong types, huge numbers, bad Unicode, control characters, overlong strings, bad multipart boundaries, oversized
/// bodies, wrong methods and content types, upper-case paths. No answer is a 5xx but a real 503 while the test holds the
/// population registry down on purpose; every refusal is in the contract's shape (<see cref="RefusalShape"/>); afterwards
/// the hub is ready, logged no error and no 12-digit number. Another seed: <c>HUB_FUZZ_SEED=n dotnet test ...</c>.
/// </summary>
public sealed partial class RefusalFuzzTests(HubFixture fixture, ITestOutputHelper output) : IClassFixture<HubFixture>
{
    private const int DefaultSeed = 20261205;
    private const int Requests = 1000;

    /// <summary>The requests sent while the population registry answers 503 (API.md: PUT /sim/population/status).</summary>
    private const int RegistryDownFrom = 700;
    private const int RegistryDownUntil = 800;

    /// <summary>
    /// While the registry is down on purpose, the adapters' resilience pipeline (Polly) reports each exhausted retry and
    /// the health check service each failed readiness check at Error: the dependency's outage, not the handling of a
    /// request. Nothing else may log an error, then or ever.
    /// </summary>
    private static readonly string[] OutageReports = ["Error Polly:", "Error Microsoft.Extensions.Diagnostics.HealthChecks."];

    [Fact]
    [Trait("Rule", "SEC2")]
    [Trait("Rule", "SEC3")]
    public async Task GeneratedRequests_OverEveryEndpoint_AreAnsweredWithoutA5xxInTheContractsShape()
    {
        var seed = Environment.GetEnvironmentVariable("HUB_FUZZ_SEED") is { Length: > 0 } chosen ? int.Parse(chosen, CultureInfo.InvariantCulture) : DefaultSeed;
        using var sim = fixture.NewClient();
        using var resident = fixture.NewClient();
        using var staff = fixture.NewClient();
        var world = await WorldAsync(sim, resident, staff);
        using var anonymousHttp = RawHubHttp.Create(fixture);
        using var residentHttp = RawHubHttp.Create(fixture, resident);
        using var staffHttp = RawHubHttp.Create(fixture, staff);
        var clients = new Dictionary<FuzzCaller, HttpClient>
        {
            [FuzzCaller.Anonymous] = anonymousHttp,
            [FuzzCaller.Resident] = residentHttp,
            [FuzzCaller.Staff] = staffHttp,
        };

        // A bound on the whole run, so that a hang fails the test instead of stalling the suite; not a speed assertion.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        var generator = new FuzzGenerator(seed, world, fixture.Hub.BaseAddress);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var sent = 0;
        var (downLogFrom, downLogUntil) = (0, 0);
        for (var i = 0; i < Requests; i++)
        {
            if (i == RegistryDownFrom || i == RegistryDownUntil)
            {
                await sim.SetRegistryAvailableAsync(i == RegistryDownUntil);
                (downLogFrom, downLogUntil) = i == RegistryDownFrom ? (fixture.Logs.Lines.Count, 0) : (downLogFrom, fixture.Logs.Lines.Count);
            }

            using var request = generator.Next(i);
            var down = i is >= RegistryDownFrom and < RegistryDownUntil;
            try
            {
                using var response = await clients[request.Caller].SendAsync(request.Message, bound.Token);
                var body = await response.Content.ReadAsStringAsync(bound.Token);
                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                if (RefusalShape.Check(request.Message, response, body, dependencyDown: down) is { } failure)
                {
                    failures.Add($"{request.Description}: {failure}");
                }
            }
            catch (HttpRequestException e)
            {
                failures.Add($"{request.Description}: no answer ({e.Message})");
            }

            sent++;
        }

        await sim.SetRegistryAvailableAsync(true);
        using var ready = await sim.GetAsync("/health/ready");
        var lines = fixture.Logs.Lines.ToList();

        var errors = lines
            .Select((line, index) => (Line: line, Index: index))
            .Where(l => l.Line.StartsWith("Error ", StringComparison.Ordinal) || l.Line.StartsWith("Critical ", StringComparison.Ordinal))
            .Where(l => !(l.Index >= downLogFrom && l.Index < downLogUntil && OutageReports.Any(r => l.Line.StartsWith(r, StringComparison.Ordinal))))
            .Select(l => l.Line)
            .ToList();
        var numbers = lines.Where(l => TwelveDigits().IsMatch(l)).ToList();

        var summary = $"seed {seed}, {sent} requests, statuses {string.Join(" ", statuses.Select(s => $"{s.Key}×{s.Value}"))}";
        output.WriteLine(summary);
        Assert.True(sent >= 500, summary);
        Assert.True(failures.Count == 0, $"{summary}; {failures.Count} wrong answer(s):\n{string.Join("\n", failures.Take(40))}");
        Assert.True(ready.StatusCode == HttpStatusCode.OK, $"{summary}; /health/ready answered {(int)ready.StatusCode}");
        Assert.True(errors.Count == 0, $"{summary}; {errors.Count} error line(s) logged, e.g.:\n{string.Join("\n", errors.Take(5))}");
        Assert.True(numbers.Count == 0, $"{summary}; {numbers.Count} log line(s) with a 12-digit number, e.g.:\n{string.Join("\n", numbers.Take(5).Select(l => TwelveDigits().Replace(l, "<12 digits>")))}");
    }

    /// <summary>A clinic with a case type and an all-rights staff member, a resident with a case and an attachment, a lock request about a bystander, a FHIR token.</summary>
    private async Task<FuzzWorld> WorldAsync(HubClient sim, HubClient resident, HubClient staff)
    {
        var clinic = TestPeople.HsaId();
        using (var created = await sim.PutAsync("/sim/hsa/clinics", new { hsaId = clinic, name = "Vårdcentralen Fuzz", region = "01" }))
        {
            created.EnsureSuccessStatusCode();
        }

        var hsaId = TestPeople.HsaId();
        await staff.PutStaffAsync(hsaId, "01", ["central-support", "patient-responsible-physician"], (clinic, ["admin", "receiver", "handler"]));
        await staff.LoggedInStaffAsync(hsaId);
        await CaseDesk.ConfigureAsync(staff, clinic, "ask-nurse");
        var personnummer = await resident.LoggedInNewResidentAsync(fixture);
        var bystander = await sim.NewResidentAsync(fixture, years: 50);
        var caseId = await CaseDesk.SubmittedAsync(resident, clinic, files: [("foto.png", Files.Png())]);
        var attachment = (await resident.GetJsonAsync($"/api/cases/{caseId}")).GetProperty("messages")[0].GetProperty("attachments")[0].GetProperty("id").GetString()!;
        using var lockRequest = await staff.PostAsync("/staff/lock-requests", new { personnummer = bystander, origin = "staff", reason = "violence" });
        var lockId = (await ProblemAssert.JsonAsync(lockRequest, HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var token = await new Fhir.FhirApi(sim).TokenAsync(
            "fuzz", "system/Patient.read", "system/Flag.read", "system/RelatedPerson.read", "system/Consent.read", "system/Consent.write",
            "system/Communication.write", "system/Appointment.read", "system/Appointment.write", "system/Task.read", "system/AuditEvent.read");
        return new FuzzWorld(personnummer, bystander, clinic, hsaId, caseId, attachment, lockId, token);
    }

    /// <summary>A number of exactly 12 digits standing on its own (not inside a longer token such as a hex id).</summary>
    [GeneratedRegex("(?<![0-9A-Za-z])[0-9]{12}(?![0-9A-Za-z])")]
    private static partial Regex TwelveDigits();
}
