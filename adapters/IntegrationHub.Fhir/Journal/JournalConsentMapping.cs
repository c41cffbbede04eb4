using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Identity;

namespace IntegrationHub.Fhir.Journal;

/// <summary>
/// The journal system's seals and guardian blocks as FHIR Consents (JR1, JR2; API.md), both ways.
/// <para><see cref="Read"/> applies the hub's own rules to a Consent that passed its R4 profile (ppc-1 there requires a
/// policy or policyRule): an <c>identifier</c> (the journal system's id of the restriction), the patient by personnummer
/// (<c>patient.identifier</c>), a <c>dateTime</c> with time and zone (it orders updates), a policy naming its
/// <c>uri</c>, one <c>provision</c> of type deny, and actors the hub can act on: a guardian (v3-RoleClass GUARD) named
/// by personnummer in <c>reference.identifier</c>, or a unit (v3-RoleClass SDLOC or PROV, v3-ParticipationType PRCP)
/// named by HSA-id. Every problem is an issue, all at once; nothing is guessed, so no restriction that blocks nobody is
/// ever read. No actors is a seal of the whole journal; <c>status</c> other than active lifts.</para>
/// <para><see cref="ToConsent"/> writes the hub's mirror of one back as a Consent.</para>
/// </summary>
public static class JournalConsentMapping
{
    /// <summary>The system of <c>Consent.identifier</c> when the hub writes it: the journal system's own id of the consent.</summary>
    public const string JournalIdSystem = "urn:integrationhub:journal-consent-id";

    /// <summary>The policy each kind of restriction follows, when the hub writes it back.</summary>
    public const string SealPolicy = "https://www.1177.se/policy/journal/forsegling";

    public const string UnitSealPolicy = "https://www.1177.se/policy/journal/sparr";

    public const string GuardianBlockPolicy = "https://www.1177.se/policy/journal/blockera-vardnadshavare";

    /// <summary>The hub's rules for a Consent from the journal system, as issues (none when it can be acted on).</summary>
    public static IEnumerable<OperationOutcome.IssueComponent> Rules(Consent consent) => Read(consent).Issues;

    public static JournalConsentReading Read(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var issues = new List<OperationOutcome.IssueComponent>();

        var consentId = consent.Identifier.FirstOrDefault(i => !string.IsNullOrEmpty(i.Value))?.Value;
        if (consentId is null)
        {
            issues.Add(Required("Consent.identifier", "identifier is the journal system's id of the restriction (a later Consent with the same identifier updates or lifts it)."));
        }

        var patient = consent.Patient?.Identifier;
        var patientNumber = default(Personnummer);
        if (patient is null || !IdentifierSystems.IsPersonnummer(patient.System) || !Personnummer.TryParse(patient.Value, out patientNumber))
        {
            issues.Add(Required("Consent.patient.identifier", $"The patient is named by patient.identifier: a valid personnummer in the {IdentifierSystems.Personnummer} (or {IdentifierSystems.PersonnummerOid}) system."));
        }

        var recordedAt = default(DateTimeOffset);
        if (consent.DateTimeElement?.TryToDateTimeOffset(out recordedAt) != true)
        {
            issues.Add(Required("Consent.dateTime", "dateTime orders the journal system's updates: a date and a time with its time zone."));
        }

        // Without policy and policyRule the R4 profile's ppc-1 already says so; a policyRule alone names no policy to mirror.
        if ((consent.Policy.Count > 0 || consent.PolicyRule is not null) && !consent.Policy.Any(p => !string.IsNullOrEmpty(p.Uri) || !string.IsNullOrEmpty(p.Authority)))
        {
            issues.Add(Required("Consent.policy", "A seal or guardian block names the policy it follows in policy.uri (or policy.authority)."));
        }

        var provision = consent.Provision;
        if (provision?.Type != Consent.ConsentProvisionType.Deny)
        {
            issues.Add(Issue(OperationOutcome.IssueType.Value, "Consent.provision.type", "A seal or guardian block is a provision of type deny."));
        }

        if (provision?.Provision.Count > 0)
        {
            issues.Add(Issue(OperationOutcome.IssueType.NotSupported, "Consent.provision.provision", "The hub acts on one provision: nested provisions (exceptions) are not supported."));
        }

        var guardians = new List<string>();
        var units = new List<string>();
        var actors = provision?.Actor ?? [];
        for (var i = 0; i < actors.Count; i++)
        {
            ReadActor(actors[i], $"Consent.provision.actor[{i}]", guardians, units, issues);
        }

        if (guardians.Count > 0 && units.Count > 0)
        {
            issues.Add(Issue(OperationOutcome.IssueType.BusinessRule, "Consent.provision.actor", "A Consent is either a guardian block (GUARD actors only) or a unit seal (unit actors only), not both."));
        }

        if (issues.Count > 0)
        {
            return new JournalConsentReading(null, issues);
        }

        var kind = guardians.Count > 0 ? JournalConsentKind.GuardianBlock : units.Count > 0 ? JournalConsentKind.UnitSeal : JournalConsentKind.Seal;
        var active = consent.Status == Consent.ConsentState.Active;
        return new JournalConsentReading(new JournalConsent(patientNumber, consentId!, kind, active, recordedAt, units, guardians), []);
    }

    /// <summary>
    /// The hub's mirror of one restriction as a Consent: <c>provision.type</c> deny, a guardian block naming each guardian
    /// with actor role v3-RoleClass GUARD, a unit seal naming each unit by HSA-id; status active while in force, inactive
    /// once lifted.
    /// </summary>
    public static Consent ToConsent(JournalConsent consent, string id, ResourceReference patient)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var actors = consent.Kind switch
        {
            JournalConsentKind.GuardianBlock => consent.Guardians.Select(g => Actor(RoleClassCodes.GuardianConcept, PersonReference(g))),
            JournalConsentKind.UnitSeal => consent.Units.Select(u => Actor(RoleClassCodes.ServiceDeliveryLocationConcept, UnitReference(u))),
            _ => [],
        };
        return new Consent
        {
            Id = id,
            Identifier = [new Identifier(JournalIdSystem, consent.ConsentId)],
            Status = consent.Active ? Consent.ConsentState.Active : Consent.ConsentState.Inactive,
            Scope = ConsentScopeCodes.PatientPrivacyConcept,
            Category = [ConsentCategoryCodes.PatientConsentConcept],
            Patient = patient,
            DateTimeElement = new FhirDateTime(consent.RecordedAt),
            Policy = [new Consent.PolicyComponent { Uri = PolicyOf(consent.Kind) }],
            Provision = new Consent.provisionComponent { Type = Consent.ConsentProvisionType.Deny, Actor = [.. actors.OfType<Consent.provisionActorComponent>()] },
        };
    }

    public static string PolicyOf(JournalConsentKind kind) => kind switch
    {
        JournalConsentKind.GuardianBlock => GuardianBlockPolicy,
        JournalConsentKind.UnitSeal => UnitSealPolicy,
        _ => SealPolicy,
    };

    private static void ReadActor(Consent.provisionActorComponent actor, string path, List<string> guardians, List<string> units, List<OperationOutcome.IssueComponent> issues)
    {
        var identifier = actor.Reference?.Identifier;
        if (IsGuardian(actor.Role))
        {
            if (identifier is not null && (IdentifierSystems.IsPersonnummer(identifier.System) || IdentifierSystems.IsSamordningsnummer(identifier.System))
                && Personnummer.TryParse(identifier.Value, acceptSamordningsnummer: true, out var guardian, out _))
            {
                guardians.Add(guardian.Value);
            }
            else
            {
                issues.Add(Required(path + ".reference.identifier", $"A guardian is named by reference.identifier: a valid personnummer in the {IdentifierSystems.Personnummer} (or {IdentifierSystems.PersonnummerOid}) system. A display or a reference alone blocks nobody."));
            }
        }
        else if (IsUnit(actor.Role))
        {
            if (identifier is not null && IdentifierSystems.IsHsaId(identifier.System) && HsaId.TryParse(identifier.Value, out var unit))
            {
                units.Add(unit.Value);
            }
            else
            {
                issues.Add(Required(path + ".reference.identifier", $"A unit is named by reference.identifier: its HSA-id in the {IdentifierSystems.HsaId} system."));
            }
        }
        else
        {
            issues.Add(Issue(OperationOutcome.IssueType.CodeInvalid, path + ".role", $"An actor's role is a guardian ({RoleClassCodes.System} {RoleClassCodes.Guardian}) or a unit ({RoleClassCodes.System} {RoleClassCodes.ServiceDeliveryLocation} or {RoleClassCodes.HealthcareProvider}, {ParticipationTypeCodes.System} {ParticipationTypeCodes.PrimaryInformationRecipient})."));
        }
    }

    private static bool IsGuardian(CodeableConcept? role) => role.HasCoding(RoleClassCodes.System, RoleClassCodes.Guardian);

    private static bool IsUnit(CodeableConcept? role) =>
        role.HasCoding(RoleClassCodes.System, RoleClassCodes.ServiceDeliveryLocation)
        || role.HasCoding(RoleClassCodes.System, RoleClassCodes.HealthcareProvider)
        || role.HasCoding(ParticipationTypeCodes.System, ParticipationTypeCodes.PrimaryInformationRecipient);

    private static Consent.provisionActorComponent? Actor(CodeableConcept role, ResourceReference? reference) =>
        reference is null ? null : new() { Role = role, Reference = reference };

    // The mirror holds numbers and HSA-ids; anything else (held from before the hub checked actors) is shown as it was
    // named, and an empty name not at all: a Consent never carries an empty reference.
    private static ResourceReference? PersonReference(string value) =>
        Personnummer.TryParse(value, acceptSamordningsnummer: true, out var number, out _)
            ? new ResourceReference { Type = "RelatedPerson", Identifier = number.Kind == IdentityNumberKind.Samordningsnummer ? HubIdentifiers.Samordningsnummer(number.Value) : HubIdentifiers.Personnummer(number.Value) }
            : Named(value);

    private static ResourceReference? UnitReference(string value) =>
        HsaId.TryParse(value, out var unit) ? new ResourceReference { Type = "Organization", Identifier = HubIdentifiers.HsaId(unit.Value) } : Named(value);

    private static ResourceReference? Named(string value) => value.Length == 0 ? null : new ResourceReference { Display = value };

    private static OperationOutcome.IssueComponent Required(string expression, string diagnostics) =>
        Issue(OperationOutcome.IssueType.Required, expression, diagnostics);

    private static OperationOutcome.IssueComponent Issue(OperationOutcome.IssueType code, string expression, string diagnostics) =>
        OperationOutcomes.ErrorIssue(code, diagnostics, expression);
}
