using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using IntegrationHub.Hub.Tests.Cases;
using IntegrationHub.Hub.Tests.Fhir;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Identity;
using IntegrationHub.ServiceDefaults.Telemetry;
using OpenTelemetry.Metrics;

namespace IntegrationHub.Hub.Tests.Security;

/// <summary>
/// SEC3 in telemetry: a login, a case submission, a FHIR read, a staff lookup and hop-outs whose paths carry a
/// personnummer leave traces from the gateway through the grains to the adapters, and metrics, and no personnummer in
/// any span name, attribute, event, status or metric label.
/// </summary>
public sealed partial class TelemetryPrivacyTests(TelemetryHubFixture fixture) : IClassFixture<TelemetryHubFixture>
{
    [Fact]
    [Trait("Rule", "SEC3")]
    public async Task LoginCaseAndFhirRead_ExportNoPersonnummerInAnySpanOrMetric()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var (_, admin) = await desk.StaffAsync((clinic, ["admin"]));
        await CaseDesk.ConfigureAsync(admin, clinic, "ask-nurse");
        var adult = await desk.ResidentAsync();
        var resident = await desk.ResidentSessionAsync(adult);
        await CaseDesk.SubmittedAsync(resident, clinic, $"Gäller {adult[2..]}, se tidigare ärende");

        var fhir = new FhirApi(desk.Sim);
        var token = await fhir.TokenAsync("region-01", "system/Patient.read");
        var bundle = await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(adult)}", token);
        Assert.Single(FhirApi.Entries(bundle));

        await resident.AssertOkAsync($"/hop/samples/{adult}/results?patient={adult}");
        using (var unknownService = await resident.HopAsync("nothing", $"?patient={adult}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknownService.StatusCode);
        }

        var hsaId = TestPeople.HsaId();
        using var staff = fixture.NewClient();
        await staff.PutStaffAsync(hsaId, "01", ["central-support"]);
        await staff.LoggedInStaffAsync(hsaId);
        await staff.AssertOkAsync($"/staff/residents?personnummer={adult}");

        var spans = fixture.Spans();
        var metrics = fixture.Metrics();

        // The detector finds the number it must find, so a clean result below means something.
        Assert.NotEmpty(PersonnummerIn($"x {adult} y {adult[2..]} z {adult[2..8]}-{adult[8..]}"));

        // Traces run from the gateway through the grains to the adapters: a login's trace has all three (the helpers
        // may log the same resident in more than once; a later login need not ask the registry again).
        var logins = spans.Where(s => s.Source.Name == "Microsoft.AspNetCore" && Tag(s, "http.route") == "/auth/resident/login" && Tag(s, "http.response.status_code") == "200").ToList();
        Assert.NotEmpty(logins);
        Assert.Contains(logins, login =>
            spans.Any(s => s.TraceId == login.TraceId && s.Source.Name == "Microsoft.Orleans.Application")
            && spans.Any(s => s.TraceId == login.TraceId && s.Source.Name == "System.Net.Http"));

        // A hop-out path with a personnummer reached the exporter redacted, not dropped.
        Assert.Contains(spans, s => s.TagObjects.Any(t => t.Value is string v && v.Contains(PersonnummerText.Redacted, StringComparison.Ordinal)));

        var leaks = spans.SelectMany(Texts).Concat(metrics.SelectMany(Texts)).SelectMany(PersonnummerIn).Distinct().ToList();
        Assert.True(leaks.Count == 0, $"personnummer-like numbers in telemetry: {string.Join(", ", leaks.Select(l => l[..4] + "…"))}");

        Assert.Contains(metrics, m => m.Name == "hub.logins" && Points(m).Any(p => p.Contains("outcome=ok") && p.Contains("method=bankid")));
        Assert.Contains(metrics, m => m.Name == "hub.refusals" && Points(m).Any(p => p.Contains("code=unknown_service")));
        Assert.Contains(metrics, m => m.Name == "hub.hop_outs" && Points(m).Any(p => p.Contains("service=samples") && p.Contains("status=200")));
    }

    private static string? Tag(Activity span, string key) => span.GetTagItem(key)?.ToString();

    private static IEnumerable<string> Texts(Activity span) =>
        [
            span.DisplayName,
            span.OperationName,
            span.StatusDescription ?? string.Empty,
            .. span.TagObjects.Select(t => $"{t.Key}={t.Value}"),
            .. span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}").Append(e.Name)),
            .. span.Links.SelectMany(l => l.Tags?.Select(t => $"{t.Key}={t.Value}") ?? []),
            .. span.Baggage.Select(b => $"{b.Key}={b.Value}"),
        ];

    private static IEnumerable<string> Texts(Metric metric) => Points(metric).Prepend(metric.Name).Append(metric.Description);

    private static List<string> Points(Metric metric)
    {
        var points = new List<string>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            var labels = new List<string>();
            foreach (var tag in point.Tags)
            {
                labels.Add($"{tag.Key}={tag.Value}");
            }

            points.Add(string.Join(",", labels));
        }

        return points;
    }

    /// <summary>12 or 10 digits (a separator allowed) that the hub's own parser takes for a personnummer or samordningsnummer.</summary>
    private static IEnumerable<string> PersonnummerIn(string text) =>
        Candidate().Matches(text)
            .Select(m => m.Value.Replace("-", string.Empty, StringComparison.Ordinal).Replace("+", string.Empty, StringComparison.Ordinal))
            .SelectMany(digits => digits.Length == 12 ? [digits] : new[] { "19" + digits, "20" + digits })
            .Where(twelve => Personnummer.TryParse(twelve, acceptSamordningsnummer: true, out _, out _));

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\d{12}|\d{8}[-+]\d{4}|\d{10}|\d{6}[-+]\d{4})(?![0-9A-Za-z])")]
    private static partial Regex Candidate();
}
