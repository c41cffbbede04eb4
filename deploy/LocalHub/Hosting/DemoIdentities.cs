using IntegrationHub.Simulators.Hsa;
using IntegrationHub.Simulators.PopulationRegistry;

namespace IntegrationHub.LocalHub.Hosting;

/// <summary>
/// Synthetic people the local hub starts with, so that it can be tried at once (Skatteverket's test numbers and
/// made-up numbers with valid check digits). Acceptance tests add their own through <c>/sim</c>.
/// </summary>
internal static class DemoIdentities
{
    private static readonly SimulatedPerson[] Residents =
    [
        new() { Personnummer = "191212121212", GivenName = "Tolvan", FamilyName = "Tolvansson", Region = "01" },
        new() { Personnummer = "199006022397", GivenName = "Maja", FamilyName = "Demosson", Region = "01" },
        new() { Personnummer = "201506082385", GivenName = "Lilla", FamilyName = "Demosson", Region = "01", Guardians = ["199006022397"] },
    ];

    private static readonly SimulatedStaffMember[] Staff =
    [
        new("SE2321000016-0001", "Cecilia", "Central", "01", ["central-support"], []),
        new("SE2321000016-0002", "Nils", "Nationell", "01", ["national-support"], []),
        new("SE2321000016-0003", "Paula", "Läkare", "01", ["patient-responsible-physician", "unit-head"], [new("SE2321000016-1001", ["admin", "receiver", "handler"])]),
        new("SE2321000016-0004", "Otto", "Bakjour", "01", ["on-call"], []),
    ];

    public static void Seed(RunningHub hub)
    {
        foreach (var person in Residents)
        {
            hub.Fleet.PopulationRegistry.PutPerson(person);
        }

        hub.Fleet.Hsa.PutClinic(new SimulatedClinic("SE2321000016-1001", "Vårdcentralen Demo", "01"));
        foreach (var member in Staff)
        {
            hub.Fleet.Hsa.PutStaff(member);
        }
    }

    public static void Print(RunningHub hub)
    {
        Console.WriteLine($"IntegrationHub local hub on {hub.BaseAddress} (store: {hub.Options.Store}, data: {Path.GetFullPath(hub.Options.DataDirectory)}, simulation: {hub.Options.Simulation})");
        Console.WriteLine("Demo residents (log in with POST /sim/idp/resident, method bankid, then POST /auth/resident/login):");
        foreach (var person in Residents)
        {
            Console.WriteLine($"  {person.Personnummer}  {person.GivenName} {person.FamilyName}, region {person.Region}");
        }

        Console.WriteLine("Demo staff (POST /sim/idp/staff, then POST /auth/staff/login):");
        foreach (var member in Staff)
        {
            Console.WriteLine($"  {member.HsaId}  {member.GivenName} {member.FamilyName}: {string.Join(", ", member.Roles ?? [])}");
        }
    }
}
