using System.Collections.Concurrent;
using System.Globalization;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Search;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Identity;
using IntegrationHub.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Simulators.PopulationRegistry;

/// <summary>
/// The population registry (folkbokföringen) as a FHIR R4 endpoint.
/// <para><c>GET {base}/fhir/Patient?identifier={system}|{12 digits}&amp;_revinclude=RelatedPerson:patient</c>, the
/// system <c>http://electronichealth.se/identifier/personnummer</c> or <c>urn:oid:1.2.752.129.2.1.3.1</c>, answers
/// an <c>application/fhir+json</c> searchset Bundle: no entry for an unknown number, else the Patient (search mode
/// match) and, with the <c>_revinclude</c>, one RelatedPerson per guardian (search mode include).</para>
/// <para>The Patient: <c>identifier</c> in the electronichealth personnummer (or samordningsnummer) system;
/// <c>name[0]</c> official with <c>given</c> and <c>family</c>; <c>birthDate</c>; <c>deceasedBoolean</c> true when
/// deceased (absent otherwise); <c>meta.security</c> with v3-Confidentiality <c>R</c> for sekretessmarkering or
/// <c>V</c> for skyddad folkbokföring; the <b>county code of registration in <c>address[0].district</c></b>
/// ("01".."25", with <c>address[0].use</c> home and <c>country</c> SE); where the person is listed in
/// <c>generalPractitioner[0]</c>, an Organization reference by HSA-id (<c>identifier</c>) with the unit's name as
/// <c>display</c>. A guardian's RelatedPerson:
/// <c>patient</c> = <c>Patient/{id}</c>, <c>identifier</c> = the guardian's personnummer in the same system, and
/// <c>relationship</c> = v3-RoleCode <c>GUARD</c>.</para>
/// <para>Control: <see cref="PutPerson"/> (also <c>PUT {base}/control/persons</c> with a <see cref="SimulatedPerson"/>)
/// and <see cref="Simulator.SetAvailable"/> (also <c>PUT {base}/control/status</c>); while unavailable every
/// FHIR request gets 503.</para>
/// </summary>
public sealed class PopulationRegistrySimulator : Simulator
{
    private const string RevIncludeGuardians = "RelatedPerson:patient";

    private readonly ConcurrentDictionary<string, StoredPerson> _persons = new(StringComparer.Ordinal);

    private PopulationRegistrySimulator()
    {
    }

    /// <summary>Starts a registry alone on a free port of 127.0.0.1.</summary>
    public static Task<PopulationRegistrySimulator> StartAsync(CancellationToken cancellationToken) =>
        StartAsync(new PopulationRegistrySimulator(), cancellationToken);

    /// <summary>Creates or replaces a person (API.md <c>PUT /sim/population/persons</c>).</summary>
    /// <exception cref="ArgumentException">The personnummer of the person or of a guardian is not valid, or a name or region is missing.</exception>
    public void PutPerson(SimulatedPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var number = ParseNumber(person.Personnummer, nameof(person));
        ArgumentException.ThrowIfNullOrWhiteSpace(person.Region, nameof(person));
        if (person.Listing is { } listing && (!HsaId.TryParse(listing.ClinicId, out _) || string.IsNullOrWhiteSpace(listing.Name)))
        {
            throw new ArgumentException("A listing names the clinic by HSA-id and name.", nameof(person));
        }

        foreach (var guardian in person.Guardians ?? [])
        {
            ParseNumber(guardian, nameof(person));
        }

        var birthDate = person.BirthDate ?? number.BirthDate;
        _persons.AddOrUpdate(
            number.Value,
            _ => new StoredPerson(Guid.NewGuid().ToString("N"), person, birthDate),
            (_, old) => old with { Person = person, BirthDate = birthDate });
    }

    /// <summary>Removes a person; false when the registry did not know the number.</summary>
    public bool RemovePerson(string personnummer) => _persons.TryRemove(personnummer, out _);

    /// <summary>The person as put, or null.</summary>
    public SimulatedPerson? FindPerson(string personnummer) =>
        _persons.TryGetValue(personnummer, out var stored) ? stored.Person : null;

    private static CapabilityStatement Capabilities => new()
    {
        Status = PublicationStatus.Active,
        Date = "2026-01-01",
        Kind = CapabilityStatementKind.Instance,
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["application/fhir+json"],
        Software = new CapabilityStatement.SoftwareComponent { Name = "Simulated population registry" },
    };

    /// <inheritdoc/>
    protected override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/fhir/Patient", Search);
        routes.MapGet("/fhir/metadata", () => FhirResults.Resource(Capabilities));
        routes.MapPut("/control/persons", (SimulatedPerson person) => ControlResults.Apply(() => PutPerson(person)));
    }

    private static Personnummer ParseNumber(string? value, string paramName) =>
        Personnummer.TryParse(value, acceptSamordningsnummer: true, out var number, out _)
            ? number
            : throw new ArgumentException("Not a valid personnummer or samordningsnummer (12 digits).", paramName);

    private IResult Search(HttpRequest request)
    {
        if (!SearchToken.TryParsePersonnummer(request.Query["identifier"], out var personnummer))
        {
            return FhirResults.BadRequest(
                OperationOutcome.IssueType.Invalid, "Search by identifier={personnummer system}|{12 digits}.", "identifier");
        }

        List<Resource> matches = [];
        List<Resource> includes = [];
        if (_persons.TryGetValue(personnummer, out var stored))
        {
            matches.Add(ToPatient(stored));
            if (string.Equals(request.Query["_revinclude"], RevIncludeGuardians, StringComparison.Ordinal))
            {
                includes.AddRange(ToGuardians(stored));
            }
        }

        var fhirBase = FhirResults.FhirBase(request);
        var bundle = SearchSets.Of(fhirBase, FhirResults.SelfUrl(request), matches);
        bundle.Entry.AddRange(includes.Select(r => SearchSets.Included(fhirBase, r)));
        return FhirResults.Resource(bundle);
    }

    private static Identifier IdentifierFor(string number) =>
        Personnummer.DetectKind(number) == IdentityNumberKind.Samordningsnummer
            ? HubIdentifiers.Samordningsnummer(number)
            : HubIdentifiers.Personnummer(number);

    private static Patient ToPatient(StoredPerson stored)
    {
        var person = stored.Person;
        var patient = new Patient
        {
            Id = stored.Id,
            Identifier = [IdentifierFor(person.Personnummer)],
            Name = [new HumanName { Use = HumanName.NameUse.Official, Family = person.FamilyName, Given = [person.GivenName] }],
            BirthDate = stored.BirthDate.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
            Deceased = person.Deceased == true ? new FhirBoolean(true) : null,
            Address = [new Address { Use = Address.AddressUse.Home, District = person.Region, Country = "SE" }],
        };
        if (person.Listing is { } listing)
        {
            patient.GeneralPractitioner =
            [
                new ResourceReference { Type = "Organization", Identifier = HubIdentifiers.HsaId(listing.ClinicId), Display = listing.Name },
            ];
        }

        var security = (person.Protection ?? SimulatedProtection.None) switch
        {
            SimulatedProtection.Sekretessmarkering => ConfidentialityCodes.RestrictedCoding,
            SimulatedProtection.SkyddadFolkbokforing => ConfidentialityCodes.VeryRestrictedCoding,
            _ => null,
        };
        if (security is not null)
        {
            patient.Meta = new Meta { Security = [security] };
        }

        return patient;
    }

    private static IEnumerable<RelatedPerson> ToGuardians(StoredPerson stored) =>
        (stored.Person.Guardians ?? []).Select((guardian, index) => new RelatedPerson
        {
            Id = $"{stored.Id}-guardian-{index + 1}",
            Patient = new ResourceReference { Reference = $"Patient/{stored.Id}" },
            Identifier = [IdentifierFor(guardian)],
            Relationship = [RoleCodes.GuardianConcept],
        });

    private sealed record StoredPerson(string Id, SimulatedPerson Person, DateOnly BirthDate);
}
