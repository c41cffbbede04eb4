using System.Text.Json.Nodes;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Tests.Schema;

/// <summary>
/// Checks the model's element names against the R4 JSON schema's definitions, so that no element is invented or
/// misspelt (a misspelt optional element would otherwise pass every round trip and schema check unnoticed).
/// </summary>
public sealed class ModelCoverageTests
{
    private static readonly Lazy<JsonNode> Schema = new(LoadSchema);

    // Model type and the schema definition it implements.
    public static TheoryData<Type, string> Definitions => new()
    {
        { typeof(Patient), "Patient" }, { typeof(PatientContact), "Patient_Contact" },
        { typeof(PatientCommunication), "Patient_Communication" }, { typeof(PatientLink), "Patient_Link" },
        { typeof(Flag), "Flag" },
        { typeof(RelatedPerson), "RelatedPerson" }, { typeof(RelatedPersonCommunication), "RelatedPerson_Communication" },
        { typeof(Consent), "Consent" }, { typeof(ConsentPolicy), "Consent_Policy" }, { typeof(ConsentVerification), "Consent_Verification" },
        { typeof(ConsentProvision), "Consent_Provision" }, { typeof(ConsentActor), "Consent_Actor" }, { typeof(ConsentData), "Consent_Data" },
        { typeof(Communication), "Communication" }, { typeof(CommunicationPayload), "Communication_Payload" },
        { typeof(FhirTask), "Task" }, { typeof(TaskRestriction), "Task_Restriction" },
        { typeof(AuditEvent), "AuditEvent" }, { typeof(AuditEventAgent), "AuditEvent_Agent" }, { typeof(AuditEventNetwork), "AuditEvent_Network" },
        { typeof(AuditEventSource), "AuditEvent_Source" }, { typeof(AuditEventEntity), "AuditEvent_Entity" }, { typeof(AuditEventDetail), "AuditEvent_Detail" },
        { typeof(OperationOutcome), "OperationOutcome" }, { typeof(OperationOutcomeIssue), "OperationOutcome_Issue" },
        { typeof(Bundle), "Bundle" }, { typeof(BundleLink), "Bundle_Link" }, { typeof(BundleEntry), "Bundle_Entry" },
        { typeof(BundleSearch), "Bundle_Search" }, { typeof(BundleRequest), "Bundle_Request" }, { typeof(BundleResponse), "Bundle_Response" },
        { typeof(CapabilityStatement), "CapabilityStatement" }, { typeof(CapabilityStatementSoftware), "CapabilityStatement_Software" },
        { typeof(CapabilityStatementImplementation), "CapabilityStatement_Implementation" }, { typeof(CapabilityStatementRest), "CapabilityStatement_Rest" },
        { typeof(CapabilityStatementSecurity), "CapabilityStatement_Security" }, { typeof(CapabilityStatementResource), "CapabilityStatement_Resource" },
        { typeof(CapabilityStatementResourceInteraction), "CapabilityStatement_Interaction" },
        { typeof(CapabilityStatementSystemInteraction), "CapabilityStatement_Interaction1" },
        { typeof(CapabilityStatementSearchParam), "CapabilityStatement_SearchParam" }, { typeof(CapabilityStatementOperation), "CapabilityStatement_Operation" },
        { typeof(Identifier), "Identifier" }, { typeof(CodeableConcept), "CodeableConcept" }, { typeof(Coding), "Coding" },
        { typeof(ResourceReference), "Reference" }, { typeof(Period), "Period" }, { typeof(HumanName), "HumanName" }, { typeof(Meta), "Meta" },
        { typeof(ContactPoint), "ContactPoint" }, { typeof(Extension), "Extension" }, { typeof(Attachment), "Attachment" },
        { typeof(Narrative), "Narrative" }, { typeof(Address), "Address" }, { typeof(Annotation), "Annotation" },
        { typeof(ContactDetail), "ContactDetail" },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void ModelType_EveryElement_IsInTheR4SchemaDefinition(Type type, string definition)
    {
        var schemaProperties = SchemaProperties(definition);

        var modelProperties = FhirJson.Options.GetTypeInfo(type).Properties.Select(p => p.Name).ToList();

        Assert.Empty(modelProperties.Except(schemaProperties));
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void ModelType_RequiredBindings_AreTheR4SchemaEnumerations(Type type, string definition)
    {
        var schemaEnums = SchemaDefinition(definition)
            .Select(p => (Name: p.Key, Codes: (p.Value?["enum"] ?? p.Value?["items"]?["enum"])?.AsArray().Select(c => c!.GetValue<string>()).ToList()))
            .Where(p => p.Codes is not null)
            .ToDictionary(p => p.Name, p => p.Codes!.Contains("4.0.0") ? [.. p.Codes!, "4.0.1"] : p.Codes!);

        var modelBindings = FhirJson.Options.GetTypeInfo(type).Properties
            .Select(p => (p.Name, Binding: p.AttributeProvider?.GetCustomAttributes(typeof(RequiredBindingAttribute), true).OfType<RequiredBindingAttribute>().SingleOrDefault()))
            .Where(p => p.Binding is not null)
            .ToDictionary(p => p.Name, p => p.Binding!.Codes.ToList());

        Assert.Equal(schemaEnums.Keys.Order(), modelBindings.Keys.Order());
        foreach (var (name, codes) in schemaEnums)
        {
            Assert.Equal(codes, modelBindings[name]);
        }
    }

    [Fact]
    public void ModelTypes_EveryConcreteType_IsChecked()
    {
        var checkedTypes = Definitions.Select(row => (Type)row[0]).ToHashSet();

        var notChecked = typeof(Resource).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && (typeof(Resource).IsAssignableFrom(t) || typeof(Element).IsAssignableFrom(t)))
            .Where(t => !checkedTypes.Contains(t))
            .Select(t => t.Name);

        Assert.Empty(notChecked);
    }

    private static HashSet<string> SchemaProperties(string definition) => [.. SchemaDefinition(definition).Select(p => p.Key)];

    private static JsonObject SchemaDefinition(string definition) =>
        Schema.Value["definitions"]?[definition]?["properties"]?.AsObject()
            ?? throw new InvalidOperationException($"No definition {definition} in the R4 schema");

    private static JsonNode LoadSchema()
    {
        var validator = new FhirSchemaValidator();
        var schemaPath = Path.Combine(validator.ValidatorDirectory, "node_modules", "@asymmetrik", "fhir-json-schema-validator", "fhir.schema.json");
        if (!File.Exists(schemaPath))
        {
            Assert.Fail($"{schemaPath} is missing: run `{FhirSchemaValidator.InstallCommand}` at the repository root.");
        }

        return JsonNode.Parse(File.ReadAllText(schemaPath))!;
    }
}
