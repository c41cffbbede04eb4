using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Tests.Examples;

/// <summary>
/// Every resource the tests build, with realistic Swedish content and synthetic people only (Skatteverket's test
/// personnummer, or new ones with a valid check digit). Each one is validated against the R4 JSON schema.
/// </summary>
public static class FhirExamples
{
    public const string BaseUrl = "http://127.0.0.1:8080/fhir/r4";
    public const string Tolvan = "191212121212";
    public const string Guardian = "199006022397";
    public const string Child = "201503151233";
    public const string DeceasedPerson = "196101182803";
    public const string ClinicHsaId = "SE2321000016-A1B2";
    public const string StaffHsaId = "SE2321000016-9XK3";

    /// <summary>The examples by name, each built anew on every call.</summary>
    public static IReadOnlyDictionary<string, Func<Resource>> All { get; } = new Dictionary<string, Func<Resource>>
    {
        ["CapabilityStatement"] = CapabilityStatement,
        ["Patient"] = Patient,
        ["PatientSekretessmarkering"] = PatientWithSekretessmarkering,
        ["PatientDeceased"] = PatientDeceased,
        ["PatientWithEmptyValues"] = PatientWithEmptyValues,
        ["Flag"] = LockFlag,
        ["RelatedPerson"] = ProxyRelationship,
        ["ConsentSeal"] = ConsentSeal,
        ["ConsentGuardianBlock"] = ConsentGuardianBlock,
        ["Communication"] = Communication,
        ["Task"] = CaseTask,
        ["AuditEvent"] = AuditEvent,
        ["OperationOutcome"] = OperationOutcome,
        ["OperationOutcomeFromParseError"] = OperationOutcomeFromParseError,
        ["OperationOutcomeAccountLocked"] = OperationOutcomeAccountLocked,
        ["OperationOutcomeAllOk"] = () => OperationOutcomes.AllOk(),
        ["OperationOutcomeNotFound"] = () => OperationOutcomes.Error(IssueTypeCodes.NotFound, "No Task with that id"),
        ["Bundle"] = SearchSetOfMixedEntries,
        ["BundleFromSearchSet"] = SearchSetFromHelper,
        ["BundleFromSearchSetWithNext"] = SearchSetFromHelperWithNextPage,
    };

    public static TheoryData<string> Names => [.. All.Keys];

    public static Resource Build(string name) => All[name]();

    public static CapabilityStatement CapabilityStatement() => new()
    {
        Id = "integrationhub",
        Url = BaseUrl + "/metadata",
        Name = "IntegrationHubFhirApi",
        Title = "IntegrationHub FHIR R4 API",
        Status = "active",
        Experimental = false,
        Date = "2025-01-15",
        Publisher = "IntegrationHub",
        Kind = "instance",
        Software = new CapabilityStatementSoftware { Name = "IntegrationHub", Version = "1.0.0" },
        Implementation = new CapabilityStatementImplementation { Description = "IntegrationHub, lokal utvecklingsinstans", Url = BaseUrl },
        FhirVersion = "4.0.1",
        Format = ["application/fhir+json", "json"],
        Rest =
        [
            new CapabilityStatementRest
            {
                Mode = "server",
                Security = new CapabilityStatementSecurity
                {
                    Cors = false,
                    Service = [CodeableConcept.From("http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")],
                    Description = "Bearer token of a registered client, with system/{Resource}.read or .write scopes.",
                },
                Resource =
                [
                    SearchableByIdentifier("Patient", "identifier"),
                    SearchableByIdentifier("Flag", "patient.identifier"),
                    SearchableByIdentifier("RelatedPerson", "patient.identifier"),
                    SearchableByIdentifier("Consent", "patient.identifier") with
                    {
                        Interaction = [Interaction("create"), Interaction("search-type")],
                    },
                    new CapabilityStatementResource { Type = "Communication", Interaction = [Interaction("create")] },
                    SearchableByIdentifier("Task", "patient.identifier") with
                    {
                        Interaction = [Interaction("read"), Interaction("search-type")],
                    },
                    SearchableByIdentifier("AuditEvent", "patient.identifier"),
                ],
            },
        ],
    };

    public static Patient Patient() => new()
    {
        Id = "a3f9c2e1-7b4d-4f0e-9a51-0c2d8e6b1f47",
        Meta = new Meta { VersionId = "3", LastUpdated = FhirDates.FormatInstant(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromHours(1))) },
        Identifier = [Identifier.ForPersonnummer(Tolvan)],
        Active = true,
        Name = [new HumanName { Use = "official", Family = "Tolvansson", Given = ["Tolvan"] }],
        Telecom =
        [
            new ContactPoint { System = "sms", Value = "+46701234567", Use = "mobile" },
            new ContactPoint { System = "email", Value = "tolvan.tolvansson@example.se" },
        ],
        Gender = "male",
        BirthDate = FhirDates.FormatDate(new DateOnly(1912, 12, 12)),
        DeceasedBoolean = false,
        Address = [new Address { Use = "home", Line = ["Storgatan 1"], PostalCode = "111 22", City = "Stockholm", Country = "SE" }],
        Communication = [new PatientCommunication { Language = CodeableConcept.From("urn:ietf:bcp:47", "sv", "svenska"), Preferred = true }],
        GeneralPractitioner = [HsaReference("Organization", ClinicHsaId, "Vårdcentralen Åkersberga")],
    };

    public static Patient PatientWithSekretessmarkering() => new()
    {
        Id = "5d0e7a2b-1c3f-4e8a-b6d9-2f4a1c7e9b03",
        Meta = new Meta { Security = [ConfidentialityCodes.RestrictedCoding] },
        Identifier = [new Identifier { System = IdentifierSystems.PersonnummerOid, Value = Guardian }],
        Active = true,
        Name = [new HumanName { Family = "Lindqvist", Given = ["Erik", "Åke"] }],
        Gender = "male",
        BirthDate = "1990-06-02",
        DeceasedBoolean = false,
    };

    public static Patient PatientDeceased() => new()
    {
        Id = "c81b4e6f-0a2d-4c93-8e17-5b6f3d2a9c48",
        Meta = new Meta { Security = [ConfidentialityCodes.VeryRestrictedCoding] },
        Identifier = [Identifier.ForPersonnummer(DeceasedPerson)],
        Active = false,
        Name = [new HumanName { Family = "Andersson", Given = ["Karin"] }],
        Gender = "female",
        BirthDate = "1961-01-18",
        DeceasedDateTime = FhirDates.FormatDateTime(new DateTimeOffset(2024, 11, 3, 14, 20, 0, TimeSpan.FromHours(1))),
    };

    /// <summary>Empty lists and strings, which FHIR forbids and the serializer leaves out.</summary>
    public static Patient PatientWithEmptyValues() => Patient() with
    {
        Identifier = [],
        Name = [new HumanName { Family = "Tolvansson", Given = [], Text = string.Empty }],
        Language = string.Empty,
    };

    public static Flag LockFlag() => new()
    {
        Id = "lock-7f3a9c",
        Text = new Narrative
        {
            Status = "generated",
            Div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Kontot är spärrat för e-tjänster.</p></div>",
        },
        Status = FlagStatusCodes.Active,
        Category = [FlagCategoryCodes.AdminConcept],
        Code = new CodeableConcept { Text = "Kontot är spärrat för e-tjänster" },
        Subject = PatientReference(Tolvan),
        Period = new Period { Start = "2025-02-10T13:45:00+01:00" },
        Author = HsaReference("Practitioner", StaffHsaId, "Stina Stödjare"),
    };

    public static RelatedPerson ProxyRelationship() => new()
    {
        Id = "proxy-2b9e41",
        Identifier = [Identifier.ForPersonnummer(Guardian)],
        Active = true,
        Patient = PatientReference(Child),
        Relationship = [RoleCodes.ParentConcept, RoleCodes.GuardianConcept],
        Name = [new HumanName { Family = "Lindqvist", Given = ["Erik"] }],
        Period = new Period { Start = "2015-03-15", End = "2028-03-15" },
    };

    public static Consent ConsentSeal() => new()
    {
        Id = "seal-40c1d7",
        Identifier = [new Identifier { System = "urn:ietf:rfc:3986", Value = "urn:uuid:7c0f4b1e-93d2-4a6b-b8e5-1d2c3f4a5b6c" }],
        Status = ConsentStateCodes.Active,
        Scope = ConsentScopeCodes.PatientPrivacyConcept,
        Category = [ConsentCategoryCodes.PatientConsentConcept],
        Patient = PatientReference(Tolvan),
        DateTime = "2025-02-11T08:15:00+01:00",
        Organization = [HsaReference("Organization", ClinicHsaId, "Vårdcentralen Åkersberga")],
        PolicyRule = CodeableConcept.From("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTOUT", "opt-out"),
        Provision = new ConsentProvision
        {
            Type = ConsentProvisionTypeCodes.Deny,
            Period = new Period { Start = "2025-02-11T08:15:00+01:00" },
            Action = [CodeableConcept.From(ConsentActionCodes.System, ConsentActionCodes.Access)],
        },
    };

    public static Consent ConsentGuardianBlock() => new()
    {
        Id = "guardian-block-91aa0e",
        Status = ConsentStateCodes.Active,
        Scope = ConsentScopeCodes.PatientPrivacyConcept,
        Category = [ConsentCategoryCodes.PatientConsentConcept],
        Patient = PatientReference(Child),
        DateTime = "2025-01-20",
        Provision = new ConsentProvision
        {
            Type = ConsentProvisionTypeCodes.Deny,
            Actor =
            [
                new ConsentActor
                {
                    Role = RoleClassCodes.GuardianConcept,
                    Reference = new ResourceReference { Type = "RelatedPerson", Identifier = Identifier.ForPersonnummer(Guardian) },
                },
            ],
            Action = [CodeableConcept.From(ConsentActionCodes.System, ConsentActionCodes.Access)],
        },
    };

    public static Communication Communication() => new()
    {
        Id = "msg-0c77e2",
        Identifier = [new Identifier { System = "urn:ietf:rfc:3986", Value = "urn:uuid:2f1d7c4e-5a9b-4c3d-8e2f-6a1b0c9d8e7f" }],
        Status = CommunicationStatusCodes.Completed,
        Category = [CodeableConcept.From("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification")],
        Subject = PatientReference(Tolvan),
        Recipient = [PatientReference(Tolvan)],
        Sender = HsaReference("Organization", ClinicHsaId, "Vårdcentralen Åkersberga"),
        Sent = "2025-03-04T10:00:00+01:00",
        Payload = [new CommunicationPayload { ContentString = "Hej! Ditt provsvar är klart. Logga in för att läsa mer. Vänliga hälsningar, Vårdcentralen Åkersberga" }],
    };

    public static FhirTask CaseTask() => new()
    {
        Id = "case-5e8b20",
        Status = TaskStatusCodes.InProgress,
        BusinessStatus = new CodeableConcept { Text = "assigned" },
        Intent = TaskIntentCodes.Order,
        Code = new CodeableConcept { Text = "renew-prescription" },
        Description = "Förnya recept",
        For = PatientReference(Tolvan),
        AuthoredOn = "2025-03-02T19:12:00+01:00",
        LastModified = "2025-03-03T08:05:00+01:00",
        Requester = PatientReference(Tolvan),
        Owner = HsaReference("Organization", ClinicHsaId, "Vårdcentralen Åkersberga"),
        Note = [new Annotation { AuthorString = "Stina Stödjare", Time = "2025-03-03T08:05:00+01:00", Text = "Tilldelad sjuksköterska." }],
    };

    public static AuditEvent AuditEvent() => new()
    {
        Id = "audit-9d14f3",
        Type = AuditEventTypeCodes.RestCoding,
        Subtype = [RestfulInteractionCodes.CodingFor(RestfulInteractionCodes.SearchType)],
        Action = AuditEventActionCodes.Read,
        Recorded = FhirDates.FormatInstant(new DateTimeOffset(2025, 3, 4, 9, 0, 12, 345, TimeSpan.Zero)),
        Outcome = AuditEventOutcomeCodes.Success,
        Agent =
        [
            new AuditEventAgent
            {
                Who = new ResourceReference { Identifier = new Identifier { System = "urn:integrationhub:fhir-client", Value = "journal" }, Display = "journal" },
                AltId = "journal",
                Requestor = true,
            },
        ],
        Source = new AuditEventSource { Site = "IntegrationHub", Observer = new ResourceReference { Display = "IntegrationHub" } },
        Entity =
        [
            new AuditEventEntity
            {
                What = PatientReference(Tolvan),
                Type = AuditEntityCodes.PersonType,
                Role = AuditEntityCodes.PatientRoleCoding,
                Description = "Patient?identifier",
            },
        ],
    };

    public static OperationOutcome OperationOutcome() =>
        OperationOutcomes.Error(IssueTypeCodes.Structure, "Unknown element 'nickname'", "Patient.nickname");

    /// <summary>What a Communication to a locked account is answered with (422).</summary>
    public static OperationOutcome OperationOutcomeAccountLocked() =>
        OperationOutcomes.Error(IssueTypeCodes.BusinessRule, "The recipient's account is locked or inactive", "Communication.recipient[0]");

    public static OperationOutcome OperationOutcomeFromParseError() =>
        FhirJson.TryParseResource<Patient>("""{"resourceType":"Patient","active":true,"smeknamn":"Tolle"}""", out _, out var error)
            ? throw new InvalidOperationException("the example body was accepted")
            : error.ToOperationOutcome();

    public static Bundle SearchSetOfMixedEntries()
    {
        var patient = Patient();
        var flag = LockFlag();
        var relatedPerson = ProxyRelationship();
        return new Bundle
        {
            Id = "search-1f2e3d",
            Meta = new Meta { LastUpdated = "2025-03-04T09:00:12Z" },
            Type = BundleTypeCodes.Searchset,
            Timestamp = "2025-03-04T09:00:12Z",
            Total = 3,
            Link =
            [
                new BundleLink { Relation = BundleLinkRelations.Self, Url = BaseUrl + "/Flag?patient.identifier=http://electronichealth.se/identifier/personnummer%7C191212121212&_count=2" },
                new BundleLink { Relation = BundleLinkRelations.Next, Url = BaseUrl + "/Flag?patient.identifier=http://electronichealth.se/identifier/personnummer%7C191212121212&_count=2&_page=2" },
            ],
            Entry =
            [
                Entry(patient, SearchEntryModeCodes.Include),
                Entry(flag, SearchEntryModeCodes.Match),
                Entry(relatedPerson, SearchEntryModeCodes.Include),
                new BundleEntry
                {
                    Resource = OperationOutcomes.Issue(IssueSeverityCodes.Warning, IssueTypeCodes.Informational, "Resultatet är uppdelat på flera sidor."),
                    Search = new BundleSearch { Mode = SearchEntryModeCodes.Outcome },
                },
            ],
        };
    }

    public static Bundle SearchSetFromHelper() =>
        Bundle.SearchSet(
            BaseUrl,
            BaseUrl + "/Consent?patient.identifier=urn:oid:1.2.752.129.2.1.3.1%7C201503151233",
            [ConsentSeal(), ConsentGuardianBlock()]);

    public static Bundle SearchSetFromHelperWithNextPage() =>
        Bundle.SearchSet(
            BaseUrl + "/",
            BaseUrl + "/Patient?identifier=http://electronichealth.se/identifier/personnummer%7C191212121212",
            [Patient()],
            total: 40,
            nextUrl: BaseUrl + "/Patient?identifier=http://electronichealth.se/identifier/personnummer%7C191212121212&_page=2");

    private static BundleEntry Entry(Resource resource, string mode) => new()
    {
        FullUrl = $"{BaseUrl}/{resource.ResourceType}/{resource.Id}",
        Resource = resource,
        Search = new BundleSearch { Mode = mode },
    };

    private static ResourceReference PatientReference(string personnummer) =>
        new() { Type = "Patient", Identifier = Identifier.ForPersonnummer(personnummer) };

    private static ResourceReference HsaReference(string type, string hsaId, string display) =>
        new() { Type = type, Identifier = Identifier.ForHsaId(hsaId), Display = display };

    private static CapabilityStatementResource SearchableByIdentifier(string type, string parameter) => new()
    {
        Type = type,
        Interaction = [Interaction("search-type")],
        SearchParam =
        [
            new CapabilityStatementSearchParam
            {
                Name = parameter,
                Type = parameter == "identifier" ? "token" : "reference",
                Documentation = "system|value with the personnummer system, in URL or OID form",
            },
        ],
    };

    private static CapabilityStatementResourceInteraction Interaction(string code) => new() { Code = code };
}
