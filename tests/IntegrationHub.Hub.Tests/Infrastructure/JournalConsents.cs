using System.Globalization;
using System.Net;

namespace IntegrationHub.Hub.Tests.Infrastructure;

/// <summary>
/// The journal system's FHIR Consent as <c>POST /sim/journal/consents</c> takes it (API.md, JournalConsentMapping): a seal
/// of the whole journal, or a guardian block (an actor of role v3-RoleClass GUARD naming the guardian by personnummer);
/// <c>identifier</c> the journal's id of the restriction, status active sets it, anything else lifts it, and
/// <c>dateTime</c> orders the updates of one identifier.
/// </summary>
public static class JournalConsents
{
    public const string PersonnummerSystem = "http://electronichealth.se/identifier/personnummer";

    /// <summary>The system of the simulated journal's own ids of restrictions.</summary>
    public const string JournalIdSystem = "https://journal.example.se/fhir/consent-id";

    public static Dictionary<string, object?> Seal(string personnummer, string id, DateTimeOffset recordedAt, string status = "active") =>
        Consent(personnummer, id, recordedAt, status, new Dictionary<string, object?> { ["type"] = "deny" });

    public static Dictionary<string, object?> GuardianBlock(string personnummer, string guardian, string id, DateTimeOffset recordedAt) =>
        Consent(personnummer, id, recordedAt, "active", new Dictionary<string, object?>
        {
            ["type"] = "deny",
            ["actor"] = new[]
            {
                new
                {
                    role = new { coding = new[] { new { system = "http://terminology.hl7.org/CodeSystem/v3-RoleClass", code = "GUARD" } } },
                    reference = new { identifier = new { system = PersonnummerSystem, value = guardian } },
                },
            },
        });

    public static string NewId() => "consent-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Sends a Consent and answers whether the hub applied it (<c>{applied}</c>).</summary>
    public static async Task<bool> PostAsync(HubClient client, object consent)
    {
        using var response = await client.PostAsync("/sim/journal/consents", consent);
        var body = await ProblemAssert.JsonAsync(response, HttpStatusCode.OK);
        return body.GetProperty("applied").GetBoolean();
    }

    private static Dictionary<string, object?> Consent(string personnummer, string id, DateTimeOffset recordedAt, string status, Dictionary<string, object?> provision) => new()
    {
        ["resourceType"] = "Consent",
        ["id"] = id,
        ["identifier"] = new[] { new { system = JournalIdSystem, value = id } },
        ["status"] = status,
        ["scope"] = new { coding = new[] { new { system = "http://terminology.hl7.org/CodeSystem/consentscope", code = "patient-privacy" } } },
        ["category"] = new[] { new { coding = new[] { new { system = "http://loinc.org", code = "59284-0" } } } },
        ["patient"] = new { identifier = new { system = PersonnummerSystem, value = personnummer } },
        ["dateTime"] = recordedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["policy"] = new[] { new { uri = "https://journal.example.se/policy/sparr" } },
        ["provision"] = provision,
    };
}
