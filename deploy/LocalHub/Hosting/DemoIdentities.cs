using System.Text.Json;
using IntegrationHub.Domain.Cases;
using IntegrationHub.Gateway.Api.Clinics;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Simulators.Hsa;
using IntegrationHub.Simulators.PopulationRegistry;

namespace IntegrationHub.LocalHub.Hosting;

/// <summary>
/// Synthetic people and clinics the local hub starts with, so that it can be tried at once (Skatteverket's test numbers and
/// made-up numbers with valid check digits): residents listed at a demo clinic that has a few case types active, a nurse
/// who receives and handles its cases, and the staff of the lock workflow. Acceptance tests add their own through <c>/sim</c>.
/// </summary>
internal static class DemoIdentities
{
    private static readonly SimulatedListing DemoListing = new("SE2321000016-1001", "Vårdcentralen Demo");

    private static readonly SimulatedClinic[] Clinics =
    [
        new("SE2321000016-1001", "Vårdcentralen Demo", "01"),
        new("SE2321000016-1002", "Barnmottagningen Demo", "01"),
    ];

    /// <summary>What each demo clinic offers when it has configured nothing yet: case type, attachments, proxies.</summary>
    private static readonly (string Clinic, string CaseType, bool Attachments, bool Proxy)[] Offers =
    [
        ("SE2321000016-1001", CaseTypeIds.RenewPrescription, true, true),
        ("SE2321000016-1001", CaseTypeIds.AskNurse, true, true),
        ("SE2321000016-1001", CaseTypeIds.RequestAppointment, false, true),
        ("SE2321000016-1001", CaseTypeIds.Advice, false, false),
        ("SE2321000016-1002", CaseTypeIds.AskNurse, true, true),
    ];

    private static readonly SimulatedPerson[] Residents =
    [
        new() { Personnummer = "191212121212", GivenName = "Tolvan", FamilyName = "Tolvansson", Region = "01", Listing = DemoListing },
        new() { Personnummer = "199006022397", GivenName = "Maja", FamilyName = "Demosson", Region = "01", Listing = DemoListing },
        new() { Personnummer = "201506082385", GivenName = "Lilla", FamilyName = "Demosson", Region = "01", Guardians = ["199006022397"], Listing = DemoListing },
    ];

    private static readonly SimulatedStaffMember[] Staff =
    [
        new("SE2321000016-0001", "Cecilia", "Central", "01", ["central-support"], []),
        new("SE2321000016-0002", "Nils", "Nationell", "01", ["national-support"], []),
        new("SE2321000016-0003", "Paula", "Läkare", "01", ["patient-responsible-physician", "unit-head"], [new("SE2321000016-1001", ["admin", "receiver", "handler"])]),
        new("SE2321000016-0004", "Otto", "Bakjour", "01", ["on-call"], []),
        new("SE2321000016-0005", "Sara", "Sjuksköterska", "01", [], [new("SE2321000016-1001", ["receiver", "handler"]), new("SE2321000016-1002", ["receiver", "handler"])]),
    ];

    public static async Task SeedAsync(RunningHub hub)
    {
        foreach (var person in Residents)
        {
            hub.Fleet.PopulationRegistry.PutPerson(person);
        }

        foreach (var clinic in Clinics)
        {
            hub.Fleet.Hsa.PutClinic(clinic);
        }

        foreach (var member in Staff)
        {
            hub.Fleet.Hsa.PutStaff(member);
        }

        // A clinic's administrator decides what it offers (CS1); the demo clinics start with a few case types, once.
        var grains = hub.App.Services.GetRequiredService<HubGrains>();
        foreach (var offers in Offers.GroupBy(o => o.Clinic))
        {
            var clinic = grains.Clinic(offers.Key);
            if ((await clinic.GetOfferAsync()).CaseTypes.Count > 0)
            {
                continue;
            }

            foreach (var (_, caseType, attachments, proxy) in offers)
            {
                var parsed = CaseTypeSettingsParser.Parse(caseType, JsonSerializer.SerializeToElement(new { active = true, attachmentsAllowed = attachments, proxyAllowed = proxy }));
                await clinic.ConfigureCaseTypeAsync(ClinicCaseTypes.ToStored(caseType, parsed.Settings!));
            }
        }
    }

    public static void Print(RunningHub hub)
    {
        Console.WriteLine($"IntegrationHub local hub on {hub.BaseAddress} (store: {hub.Options.Store}, data: {Path.GetFullPath(hub.Options.DataDirectory)}, simulation: {hub.Options.Simulation})");
        Console.WriteLine($"Resident portal: {hub.BaseAddress}  ·  staff tool: {new Uri(hub.BaseAddress, "/personal")}  ·  API description: {new Uri(hub.BaseAddress, "/openapi/v1.json")}");
        Console.WriteLine("Demo residents (log in on the portal with BankID and the personnummer, or POST /sim/idp/resident then POST /auth/resident/login):");
        foreach (var person in Residents)
        {
            var guardians = person.Guardians is { Count: > 0 } g ? $", child of {string.Join(", ", g)}" : string.Empty;
            Console.WriteLine($"  {person.Personnummer}  {person.GivenName} {person.FamilyName}, region {person.Region}{guardians}");
        }

        Console.WriteLine("Demo clinics (search for \"Demo\" under Skriv till en mottagning):");
        foreach (var clinic in Clinics)
        {
            var offered = Offers.Where(o => o.Clinic == clinic.HsaId).Select(o => o.CaseType);
            Console.WriteLine($"  {clinic.HsaId}  {clinic.Name}, region {clinic.Region}: {string.Join(", ", offered)}");
        }

        Console.WriteLine("Demo staff (log in on /personal with the HSA-id, or POST /sim/idp/staff then POST /auth/staff/login):");
        foreach (var member in Staff)
        {
            var rights = member.Clinics is { Count: > 0 } c ? " " + string.Join("; ", c.Select(r => $"{string.Join("+", r.Rights)} at {r.HsaId}")) : string.Empty;
            Console.WriteLine($"  {member.HsaId}  {member.GivenName} {member.FamilyName}: {string.Join(", ", member.Roles ?? [])}{rights}");
        }
    }
}
