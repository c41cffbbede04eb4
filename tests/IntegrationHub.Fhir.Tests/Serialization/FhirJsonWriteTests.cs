using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Serialization;

public sealed class FhirJsonWriteTests
{
    [Fact]
    public void Serialize_Patient_WritesResourceTypeFirstAndNoNulls()
    {
        var json = FhirJson.Serialize(FhirExamples.PatientDeceased());

        Assert.StartsWith("""{"resourceType":"Patient","id":"c81b4e6f-0a2d-4c93-8e17-5b6f3d2a9c48","meta":""", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Contains("\"deceasedDateTime\":\"2024-11-03T14:20:00+01:00\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("deceasedBoolean", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ChoiceElement_KeepsTheTypeSuffix()
    {
        var json = FhirJson.Serialize(FhirExamples.Patient());

        Assert.Contains("\"deceasedBoolean\":false", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_SwedishText_IsNotEscaped()
    {
        var json = FhirJson.Serialize(FhirExamples.LockFlag());

        Assert.Contains("Kontot är spärrat för e-tjänster", json, StringComparison.Ordinal);
        Assert.Contains("<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><p>", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EmptyListsAndStrings_AreLeftOut()
    {
        var json = FhirJson.Serialize(FhirExamples.PatientWithEmptyValues());

        Assert.DoesNotContain("\"identifier\":[", json, StringComparison.Ordinal);
        Assert.DoesNotContain("given", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":[{\"family\":\"Tolvansson\"}]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_BadlyFormedDate_Throws()
    {
        var patient = FhirExamples.Patient() with { BirthDate = "12/12/1912" };

        var exception = Assert.ThrowsAny<JsonException>(() => FhirJson.Serialize(patient));

        Assert.Contains("FhirDates", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_CodeOutsideRequiredBinding_Throws()
    {
        var flag = FhirExamples.LockFlag() with { Status = "spärrad" };

        var exception = Assert.ThrowsAny<JsonException>(() => FhirJson.Serialize(flag));

        Assert.Contains("'spärrad' is not a valid code for 'status'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ConcreteTypeWithPlainSerializer_StillWritesResourceType()
    {
        // ASP.NET Core writes a result by its declared type: resourceType must not depend on going through Resource.
        var json = JsonSerializer.Serialize(FhirExamples.LockFlag(), FhirJson.Options);

        Assert.StartsWith("""{"resourceType":"Flag",""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(FhirJson.Options.IsReadOnly);
        Assert.Equal(JsonUnmappedMemberHandling.Disallow, FhirJson.Options.UnmappedMemberHandling);
    }

    [Fact]
    public void ModelTypes_EveryOne_DisallowsUnmappedMembersByAttribute()
    {
        var missing = typeof(Resource).Assembly.GetTypes()
            .Where(t => t.IsClass && (typeof(Resource).IsAssignableFrom(t) || typeof(Element).IsAssignableFrom(t)))
            .Where(t => t != typeof(Resource)) // read by the resource converter, which dispatches to the concrete type
            .Where(t => t.GetCustomAttribute<JsonUnmappedMemberHandlingAttribute>(inherit: false)?.UnmappedMemberHandling != JsonUnmappedMemberHandling.Disallow)
            .Select(t => t.Name)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void PlainSerializer_UnknownElement_IsRefusedByTheAttributeAlone()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Coding>("""{"system":"s","code":"c","colour":"red"}"""));
    }

    [Fact]
    public void ResourceTypes_EveryConcreteResource_IsRegisteredUnderItsResourceType()
    {
        var concrete = typeof(Resource).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(Resource).IsAssignableFrom(t))
            .ToList();

        Assert.Equal(10, concrete.Count);
        foreach (var type in concrete)
        {
            var name = ResourceTypes.NameOf(type);
            Assert.NotNull(name);
            Assert.True(ResourceTypes.TryGetType(name, out var registered));
            Assert.Equal(type, registered);
        }

        Assert.Equal(
            ["AuditEvent", "Bundle", "CapabilityStatement", "Communication", "Consent", "Flag", "OperationOutcome", "Patient", "RelatedPerson", "Task"],
            ResourceTypes.Names);
        Assert.Equal("Task", FhirExamples.CaseTask().ResourceType);
    }
}
