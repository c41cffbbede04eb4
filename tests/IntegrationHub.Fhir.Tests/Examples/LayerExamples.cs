using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Journal;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Search;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Fhir.Validation;
using IntegrationHub.Identity;

namespace IntegrationHub.Fhir.Tests.Examples;

/// <summary>
/// Every kind of resource this layer writes itself (the mirror of a seal, a unit seal and a guardian block, searchsets,
/// OperationOutcomes, refusals of the validator), with synthetic people only. Each one must be valid R4 to Firely's
/// validator and to the R4 JSON schema.
/// </summary>
public static class LayerExamples
{
    public const string BaseUrl = "http://127.0.0.1:8080/fhir/r4";
    public const string Tolvan = "191212121212";
    public const string Guardian = "199006022397";
    public const string Child = "201503151233";
    public const string ClinicHsaId = "SE2321000016-A1B2";

    public static readonly DateTimeOffset Recorded = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>The examples by name, each built anew on every call.</summary>
    public static IReadOnlyDictionary<string, Func<Resource>> All { get; } = new Dictionary<string, Func<Resource>>
    {
        ["ConsentSeal"] = () => Mirror(JournalConsentKind.Seal, [], []),
        ["ConsentSealLifted"] = () => Mirror(JournalConsentKind.Seal, [], [], active: false),
        ["ConsentUnitSeal"] = () => Mirror(JournalConsentKind.UnitSeal, [ClinicHsaId, "SE2321000016-C3D4"], []),
        ["ConsentGuardianBlock"] = () => Mirror(JournalConsentKind.GuardianBlock, [], [Guardian]),
        ["ConsentGuardianBlockHeldFromBefore"] = () => Mirror(JournalConsentKind.GuardianBlock, [], [Guardian, "RelatedPerson/legacy-7", string.Empty]),
        ["SearchSet"] = () => SearchSets.Of(BaseUrl, BaseUrl + "/Consent?patient.identifier=x", [Mirror(JournalConsentKind.Seal, [], [])]),
        ["SearchSetWithNextAndIncludes"] = SearchSetWithNextAndIncludes,
        ["SearchSetEmpty"] = () => SearchSets.Of(BaseUrl, BaseUrl + "/Flag?patient.identifier=x", []),
        ["OperationOutcomeError"] = () => OperationOutcomes.Error(OperationOutcome.IssueType.NotFound, "No Task with that id.", "Task.id"),
        ["OperationOutcomeRefusal"] = () => FhirResourceValidator.Shared.ReadIncoming<Consent>("""{"resourceType":"Consent","sealedBy":"x","status":"okänd"}"""u8, JournalConsentMapping.Rules).ToOperationOutcome(),
        ["OperationOutcomeMalformed"] = () => FhirResourceValidator.Shared.ReadIncoming<Consent>("""{"resourceType":"""u8).ToOperationOutcome(),
    };

    public static TheoryData<string> Names => [.. All.Keys];

    public static Consent Mirror(JournalConsentKind kind, IReadOnlyList<string> units, IReadOnlyList<string> guardians, bool active = true) =>
        JournalConsentMapping.ToConsent(
            new JournalConsent(Personnummer.Parse(Child), "j-50112", kind, active, Recorded, units, guardians),
            "j-50112",
            new ResourceReference { Reference = "Patient/3f2a", Type = "Patient", Identifier = HubIdentifiers.Personnummer(Child) });

    private static Bundle SearchSetWithNextAndIncludes()
    {
        var bundle = SearchSets.Of(BaseUrl, BaseUrl + "/Task?_count=1", [new Hl7.Fhir.Model.Task { Id = "c1", Status = Hl7.Fhir.Model.Task.TaskStatus.Requested, Intent = Hl7.Fhir.Model.Task.TaskIntent.Order }], total: 2, nextUrl: BaseUrl + "/Task?_count=1&_offset=1");
        bundle.Entry.Add(SearchSets.Included(BaseUrl, new Communication { Id = "m1", Status = EventStatus.Completed }));
        return bundle;
    }
}
