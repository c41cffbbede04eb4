using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Serialization;

public sealed class FhirJsonWriteTests
{
    [Fact]
    public void Serialize_Patient_WritesResourceTypeFirstAndLeavesOutEmptyElements()
    {
        var json = FhirJson.Serialize(new Patient { Id = "p1", Active = true, Identifier = [], Name = [new HumanName { Family = "Tolvansson", Given = [] }] });

        Assert.StartsWith("{\"resourceType\":\"Patient\"", json, StringComparison.Ordinal);
        Assert.Equal("""{"resourceType":"Patient","id":"p1","active":true,"name":[{"family":"Tolvansson"}]}""", json);
    }

    [Fact]
    public void Serialize_SwedishText_IsNotEscaped()
    {
        var json = FhirJson.Serialize(new Communication { Status = EventStatus.Completed, Payload = [new Communication.PayloadComponent { Content = new FhirString("Välkommen på mammografi, Åsa!") }] });

        Assert.Contains("Välkommen på mammografi, Åsa!", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ChoiceElement_KeepsTheTypeSuffix()
    {
        var json = FhirJson.Serialize(new Patient { Deceased = new FhirBoolean(true) });

        Assert.Contains("\"deceasedBoolean\":true", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InboundJson.Names), MemberType = typeof(InboundJson))]
    public void Serialize_ParsedInboundBody_KeepsEveryElement(string name)
    {
        var json = InboundJson.All[name];

        var written = FhirJson.Serialize(FhirJson.Parse(json).Resource!);

        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(json).RootElement, JsonDocument.Parse(written).RootElement), written);
    }

    [Fact]
    public async System.Threading.Tasks.Task SerializeAsync_Stream_WritesWhatSerializeWrites()
    {
        var consent = LayerExamples.Mirror(IntegrationHub.Fhir.Journal.JournalConsentKind.GuardianBlock, [], [LayerExamples.Guardian]);
        using var stream = new MemoryStream();

        await FhirJson.SerializeAsync(stream, consent);

        Assert.Equal(FhirJson.Serialize(consent), Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(FhirJson.Serialize(consent), Encoding.UTF8.GetString(FhirJson.SerializeToUtf8Bytes(consent)));
    }
}
