using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Simulators.Hsa;
using IntegrationHub.Simulators.PopulationRegistry;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>The people, clinic and requests the cluster tests share.</summary>
public sealed class ClusterDesk(HubTestCluster cluster)
{
    public string Resident(int years = 40, string region = "01")
    {
        var personnummer = TestPeople.AgedAt(years, cluster.Clock.GetUtcNow());
        cluster.Fleet.PopulationRegistry.PutPerson(new SimulatedPerson { Personnummer = personnummer, GivenName = "Test", FamilyName = "Testsson", Region = region });
        return personnummer;
    }

    public string Staff(string region, string[] roles, params (string Clinic, string[] Rights)[] clinics)
    {
        var hsaId = TestPeople.HsaId();
        cluster.Fleet.Hsa.PutStaff(new SimulatedStaffMember(hsaId, "Staff", hsaId[^4..], region, roles, [.. clinics.Select(c => new SimulatedClinicRights(c.Clinic, c.Rights))]));
        return hsaId;
    }

    /// <summary>A clinic with <c>ask-nurse</c> active (attachments allowed) and a receiver-handler logged in through <paramref name="gateway"/>.</summary>
    public async Task<(string Clinic, ClusterBrowser Staff)> ClinicAsync(Uri gateway)
    {
        var clinic = TestPeople.HsaId();
        cluster.Fleet.Hsa.PutClinic(new SimulatedClinic(clinic, "Vårdcentralen Kluster", "01"));
        var staff = new ClusterBrowser(cluster.Fleet);
        await staff.LogInStaffAsync(gateway, Staff("01", [], (clinic, ["admin", "receiver", "handler"])));
        using var configured = await staff.PutJsonAsync(gateway, $"/staff/clinics/{clinic}/case-types/ask-nurse", new { active = true, attachmentsAllowed = true, proxyAllowed = true });
        Assert.Equal(HttpStatusCode.NoContent, configured.StatusCode);
        return (clinic, staff);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(ClusterBrowser resident, Uri gateway, string clinic, string question, string idempotencyKey, (string Name, byte[] Bytes)? file = null, CancellationToken cancellationToken = default)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { clinicId = clinic, caseType = "ask-nurse", fields = new { question } }), System.Text.Encoding.UTF8, "application/json"), "case" },
        };
        if (file is { } attached)
        {
            var bytes = new ByteArrayContent(attached.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, "file", attached.Name);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, "/api/cases")) { Content = content };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await resident.SendAsync(request, cancellationToken);
    }

    public static async Task<string> IdOfAsync(HttpResponseMessage created) =>
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

    public static async Task<List<string>> InboxAsync(ClusterBrowser resident, Uri gateway)
    {
        using var response = await resident.GetAsync(gateway, "/api/cases");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var cases = body.ValueKind == JsonValueKind.Array ? body : body.GetProperty("cases");
        return [.. cases.EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }

    /// <summary>The silo that holds the grain's activation now, if any.</summary>
    public InProcessSiloHandle? HostOf(GrainId grain) =>
        cluster.Cluster.TryGetGrainContext(grain, out var context)
            ? cluster.Cluster.Silos.FirstOrDefault(s => s.SiloAddress.Equals(context.Address.SiloAddress))
            : null;

    /// <summary>Retries a request until it is answered with a success, up to a bound: how a client rides out a silo's death.</summary>
    public static async Task<HttpResponseMessage> UntilAnsweredAsync(Func<Task<HttpResponseMessage>> send, int attempts = 60)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            try
            {
                response = await send();
                if ((int)response.StatusCode < 500 || attempt == attempts)
                {
                    return response;
                }
            }
            catch (HttpRequestException) when (attempt < attempts)
            {
            }
            catch (TaskCanceledException) when (attempt < attempts)
            {
            }

            response?.Dispose();
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
