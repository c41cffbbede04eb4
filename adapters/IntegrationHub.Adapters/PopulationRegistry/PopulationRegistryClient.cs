using System.Globalization;
using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using IntegrationHub.Adapters.Http;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Adapters.PopulationRegistry;

/// <summary>
/// The population registry over FHIR R4 (<see cref="IPopulationRegistryApi"/>): <c>GET {base}fhir/Patient?identifier={personnummer system}|{12 digits}&amp;_revinclude=RelatedPerson:patient</c>.
/// Reads the Patient (name, birthDate, <c>deceased[x]</c>, v3-Confidentiality R/V in <c>meta.security</c>, the
/// county code in <c>address[].district</c>, the listing in <c>generalPractitioner</c>: an HSA-id identifier with the
/// unit's name as display) and its guardians (RelatedPerson with v3-RoleCode GUARD and a
/// personnummer identifier). No Patient, or 404: null. Anything else that is not a well-formed answer (down, 5xx,
/// time-out, open circuit, malformed FHIR): <see cref="RegistryUnavailableException"/>.
/// </summary>
internal sealed partial class PopulationRegistryClient(
    Func<IPopulationRegistryApi> registry,
    [FromKeyedServices(PopulationRegistryClient.ProbeKey)] Func<IPopulationRegistryApi> probe,
    ILogger<PopulationRegistryClient> logger) : IPopulationRegistry
{
    public const string HttpClientName = "IntegrationHub.Adapters.PopulationRegistry";

    /// <summary>The readiness probe's client: one attempt, past the resilience pipeline.</summary>
    public const string ProbeHttpClientName = "IntegrationHub.Adapters.PopulationRegistry.Probe";

    public const string ProbeKey = ProbeHttpClientName;

    private readonly ILogger<PopulationRegistryClient> _logger = logger;

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Past the circuit breaker: readiness must report the registry as it is now.
            using var response = await probe().GetMetadataAsync(cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async Task<RegistryPerson?> FindAsync(Personnummer personnummer, CancellationToken cancellationToken)
    {
        if (personnummer.IsEmpty)
        {
            throw new ArgumentException("An empty personnummer.", nameof(personnummer));
        }

        var system = personnummer.Kind == IdentityNumberKind.Samordningsnummer
            ? IdentifierSystems.Samordningsnummer
            : IdentifierSystems.Personnummer;
        try
        {
            using var response = await registry().SearchPatientAsync(system + "|" + personnummer.Value, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                LogNotFound();
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The population registry answered {(int)response.StatusCode}.", null, response.StatusCode);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var person = ToPerson(personnummer, await FhirJson.DeserializeAsync<Bundle>(body, cancellationToken));
            if (person is null)
            {
                LogNotFound();
            }

            return person;
        }
        catch (Exception e) when (AdapterFailures.IsNoAnswer(e, cancellationToken) || e is FhirParseException or JsonException or FormatException)
        {
            LogUnavailable(e.GetType().Name);
            throw new RegistryUnavailableException("The population registry gave no usable answer.", e);
        }
    }

    private static RegistryPerson? ToPerson(Personnummer personnummer, Bundle bundle)
    {
        var resources = bundle.Entry.Select(e => e.Resource).ToList();
        var patient = resources.OfType<Patient>().FirstOrDefault(p => Identifies(p.Identifier, personnummer.Value));
        if (patient is null)
        {
            return null;
        }

        var name = patient.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? patient.Name.FirstOrDefault();
        var birthDate = DateOnly.TryParseExact(patient.BirthDate, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : personnummer.BirthDate;
        var patientReference = "Patient/" + patient.Id;
        var guardians = resources.OfType<RelatedPerson>()
            .Where(r => patient.Id is not null && r.Patient?.Reference == patientReference)
            .Where(r => r.Relationship.Any(c => c.HasCoding(RoleCodes.System, RoleCodes.Guardian)))
            .SelectMany(r => r.Identifier)
            .Where(i => IsPersonIdentifier(i.System))
            .Select(i => Personnummer.TryParse(i.Value, acceptSamordningsnummer: true, out var g, out _)
                ? g
                : throw new FormatException("A guardian's identifier is not a personnummer."))
            .Distinct()
            .ToList();
        return new RegistryPerson(
            personnummer,
            string.Join(' ', name?.Given ?? []),
            name?.Family ?? string.Empty,
            birthDate,
            Deceased: patient.Deceased is FhirBoolean { Value: true } or FhirDateTime,
            ProtectionOf(patient.Meta),
            Region: patient.Address.Select(a => a.District).FirstOrDefault(d => !string.IsNullOrEmpty(d)) ?? string.Empty,
            guardians,
            ListingOf(patient));
    }

    /// <summary>The first <c>generalPractitioner</c> that names a unit by HSA-id; its display is the unit's name.</summary>
    private static RegistryListing? ListingOf(Patient patient) =>
        patient.GeneralPractitioner
            .Where(r => IdentifierSystems.IsHsaId(r.Identifier?.System) && !string.IsNullOrWhiteSpace(r.Identifier!.Value))
            .Select(r => new RegistryListing(r.Identifier!.Value!, string.IsNullOrWhiteSpace(r.Display) ? r.Identifier.Value! : r.Display!))
            .FirstOrDefault();

    private static bool IsPersonIdentifier(string? system) =>
        IdentifierSystems.IsPersonnummer(system) || IdentifierSystems.IsSamordningsnummer(system);

    private static bool Identifies(List<Identifier> identifiers, string number) =>
        identifiers.Any(i => IsPersonIdentifier(i.System) && i.Value == number);

    private static ProtectedIdentity ProtectionOf(Meta? meta)
    {
        var codes = (meta?.Security ?? []).Where(c => c.System == ConfidentialityCodes.System).Select(c => c.Code).ToList();
        return codes.Contains(ConfidentialityCodes.VeryRestricted) ? ProtectedIdentity.SkyddadFolkbokforing
            : codes.Contains(ConfidentialityCodes.Restricted) ? ProtectedIdentity.Sekretessmarkering
            : ProtectedIdentity.None;
    }

    // No identity in these lines: the caller logs the resident's pseudonym where a line needs one.
    [LoggerMessage(Level = LogLevel.Debug, Message = "The population registry does not know the person asked for.")]
    private partial void LogNotFound();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The population registry gave no usable answer ({Failure}).")]
    private partial void LogUnavailable(string failure);
}
