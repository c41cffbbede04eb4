using IntegrationHub.Hub.Tests.Fhir;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>
/// Every endpoint of API.md outside <c>/sim</c> (the test's own controls: fuzzing the clock or the registry's
/// availability would only fuzz the test), with plausible bodies and query parameters.
/// </summary>
internal static class FuzzCatalog
{
    private static readonly string[] Services = ["journal", "medications", "samples", "support", "nothing-here"];

    public static IReadOnlyList<FuzzTarget> Targets { get; } =
    [
        new("POST", "/auth/resident/login", FuzzBody.Json, [F("assertion", (_, r) => Assertion(r))]),
        new("POST", "/auth/staff/login", FuzzBody.Json, [F("assertion", (_, r) => Assertion(r))]),
        new("POST", "/auth/logout", OnlyAs: FuzzCaller.Anonymous),
        new("GET", "/api/me"),
        new("PUT", "/api/me/settings", FuzzBody.Json, [F("mobile", (_, _) => "070-123 45 67"), F("email", (_, _) => "fuzz@example.se")]),
        new("POST", "/api/proxies", FuzzBody.Json, [F("childPersonnummer", (_, r) => Person(r, 5))]),
        new("PUT", "/api/acting-as", FuzzBody.Json, [F("personnummer", (w, r) => r.Next(2) == 0 ? w.Resident : Person(r, 5))]),
        new("DELETE", "/api/acting-as"),
        new("GET", "/api/start"),
        new("GET", "/api/clinics", Query: [F("q", (_, _) => "Vård"), F("region", (_, _) => "01")]),
        new("GET", "/api/clinics/{clinic}"),
        new("POST", "/api/cases", FuzzBody.Multipart, CaseFields(), Part: "case"),
        new("GET", "/api/cases"),
        new("GET", "/api/cases/{case}"),
        new("POST", "/api/cases/{case}/messages", FuzzBody.Multipart, [F("text", (_, _) => "Tack för svaret.")], Part: "message"),
        new("GET", "/api/cases/{case}/attachments/{attachment}"),
        new("GET", "/hop/{service}/{rest}"),
        new("POST", "/hop/{service}/{rest}", FuzzBody.Json, [F("anything", (_, _) => "at all")]),
        new("GET", "/staff/residents", Query: [F("personnummer", (w, r) => r.Next(2) == 0 ? w.Bystander : Person(r, 40)), F("clinicId", (w, _) => w.Clinic)]),
        new("GET", "/staff/clinics/{clinic}/cases", Query: [F("status", (_, _) => "new"), F("limit", (_, r) => r.Next(1, 600))]),
        new("PUT", "/staff/clinics/{clinic}/case-types/{caseType}", FuzzBody.Json,
            [F("active", (_, _) => true), F("attachmentsAllowed", (_, _) => true), F("proxyAllowed", (_, _) => true), F("settings", (_, _) => new { title = "Fråga" })]),
        new("PUT", "/staff/clinics/{clinic}/info", FuzzBody.Json, [F("html", (_, _) => "<h2>Öppettider</h2><p>Mån–fre 8–17.</p>")]),
        new("GET", "/staff/cases/{case}"),
        new("POST", "/staff/cases/{case}/assign", FuzzBody.Json, [F("handlerHsaId", (w, _) => w.StaffHsaId), F("partialAnswer", (_, _) => "Vi återkommer.")]),
        new("POST", "/staff/cases/{case}/answer", FuzzBody.Multipart, [F("text", (_, _) => "Ta den i tio dagar.")], Part: "message"),
        new("POST", "/staff/cases/{case}/counter-question", FuzzBody.Multipart, [F("text", (_, _) => "Har du feber?")], Part: "message"),
        new("POST", "/staff/messages", FuzzBody.Json,
            [F("personnummer", (w, _) => w.Resident), F("clinicId", (w, _) => w.Clinic), F("subject", (_, _) => "Provsvar"), F("text", (_, _) => "Dina prover ser bra ut.")]),
        new("POST", "/staff/lock-requests", FuzzBody.Json,
            [F("personnummer", (w, _) => w.Bystander), F("origin", (_, r) => Pick(r, "resident", "staff", "authority")), F("authority", (_, _) => "Polisen"),
             F("reason", (_, r) => Pick(r, "violence", "other", "excessive-use")), F("note", (_, _) => "Anteckning"), F("emergency", (_, r) => r.Next(2) == 0)]),
        new("POST", "/staff/lock-requests/{lock}/decision", FuzzBody.Json, [F("approve", (_, r) => r.Next(2) == 0), F("note", (_, _) => "Beslut")]),
        new("POST", "/staff/lock-requests/{lock}/execute"),
        new("POST", "/staff/unlock-requests", FuzzBody.Json, [F("personnummer", (w, _) => w.Bystander), F("note", (_, _) => "Hävs")]),
        new("POST", "/staff/unlock-requests/{lock}/decision", FuzzBody.Json, [F("approve", (_, r) => r.Next(2) == 0), F("note", (_, _) => "Beslut")]),
        new("POST", "/staff/unlock-requests/{lock}/execute"),
        new("GET", "/staff/lock-register", Query: [F("personnummer", (w, _) => w.Bystander)]),
        new("GET", "/fhir/r4/metadata"),
        new("POST", "/fhir/r4/auth/token", FuzzBody.Form,
            [F("grant_type", (_, _) => "client_credentials"), F("scope", (_, _) => "system/Patient.read"),
             F("client_assertion_type", (_, _) => "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), F("client_assertion", (_, r) => Assertion(r))]),
        new("GET", "/fhir/r4/Patient", Query: [F("identifier", (w, _) => FhirPerson(w.Resident))]),
        new("GET", "/fhir/r4/Flag", Query: [F("patient.identifier", (w, _) => FhirPerson(w.Bystander))]),
        new("GET", "/fhir/r4/RelatedPerson", Query: [F("patient.identifier", (w, _) => FhirPerson(w.Resident))]),
        new("GET", "/fhir/r4/Consent", Query: [F("patient.identifier", (w, _) => FhirPerson(w.Resident))]),
        new("POST", "/fhir/r4/Consent", FuzzBody.Fhir,
            [F("resourceType", (_, _) => "Consent"), F("status", (_, _) => "active"), F("dateTime", (_, _) => "2026-01-01T10:00:00Z"),
             F("patient", (w, _) => new { identifier = new { system = FhirApi.PersonnummerSystem, value = w.Bystander } })]),
        new("POST", "/fhir/r4/Communication", FuzzBody.Fhir,
            [F("resourceType", (_, _) => "Communication"), F("status", (_, _) => "completed"),
             F("recipient", (w, _) => new[] { new { identifier = new { system = FhirApi.PersonnummerSystem, value = w.Resident } } }),
             F("payload", (_, _) => new[] { new { contentString = "Din tid är flyttad." } })]),
        new("POST", "/fhir/r4/Appointment", FuzzBody.Fhir,
            [F("resourceType", (_, _) => "Appointment"), F("status", (_, _) => "booked"), F("start", (_, _) => "2026-03-09T09:00:00Z")]),
        new("GET", "/fhir/r4/Appointment", Query: [F("patient.identifier", (w, _) => FhirPerson(w.Resident))]),
        new("GET", "/fhir/r4/Task", Query: [F("patient.identifier", (w, _) => FhirPerson(w.Resident)), F("_count", (_, r) => r.Next(1, 50))]),
        new("GET", "/fhir/r4/Task/{case}"),
        new("GET", "/fhir/r4/AuditEvent", Query: [F("patient.identifier", (w, _) => FhirPerson(w.Resident))]),
        new("GET", "/health/live"),
        new("GET", "/health/ready"),
        new("GET", "/openapi/v1.json"),
    ];

    /// <summary>A path placeholder's value the endpoint would find.</summary>
    public static string Fill(string placeholder, FuzzWorld world, Random random) => placeholder switch
    {
        "case" => world.CaseId,
        "attachment" => world.AttachmentId,
        "clinic" => world.Clinic,
        "caseType" => Pick(random, "ask-nurse", "advice", "renew-prescription", "custom-fuzz"),
        "lock" => world.LockId,
        "service" => Services[random.Next(Services.Length)],
        "rest" => Pick(random, "records", "results/latest", string.Empty, "a/b/c"),
        _ => placeholder,
    };

    private static FuzzField F(string name, Func<FuzzWorld, Random, object?> valid) => new(name, valid);

    private static FuzzField[] CaseFields() =>
    [
        F("clinicId", (w, _) => w.Clinic),
        F("caseType", (_, r) => Pick(r, "ask-nurse", "advice", "renew-prescription")),
        F("fields", (_, r) => r.Next(2) == 0 ? new { question = "Hur länge ska jag ta medicinen?" } : new { question = "Ont i örat", medicines = new[] { new { name = "Alvedon" } } }),
    ];

    private static string Person(Random random, int maxYears) => TestPeople.AgedAt(random.Next(1, maxYears + 1), DateTimeOffset.UtcNow, extraDays: random.Next(1, 300));

    private static string FhirPerson(string personnummer) => $"{FhirApi.PersonnummerSystem}|{personnummer}";

    private static string Assertion(Random random) => Pick(random, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "garbage", "a.b.c", string.Empty);

    private static string Pick(Random random, params string[] values) => values[random.Next(values.Length)];
}
