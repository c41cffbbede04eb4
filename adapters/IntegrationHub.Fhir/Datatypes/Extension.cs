using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>
/// An R4 <c>Extension</c>. Only the <c>value[x]</c> types listed here are modelled; an extension with another value
/// type (Quantity, Money, Timing, ...) is refused as an unknown element.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Extension : Element, IJsonOnDeserialized
{
    public required string Url { get; init; }

    public string? ValueString { get; init; }

    public string? ValueCode { get; init; }

    public bool? ValueBoolean { get; init; }

    public int? ValueInteger { get; init; }

    public decimal? ValueDecimal { get; init; }

    [JsonConverter(typeof(FhirDateConverter))]
    public string? ValueDate { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? ValueDateTime { get; init; }

    [JsonConverter(typeof(FhirInstantConverter))]
    public string? ValueInstant { get; init; }

    public string? ValueUri { get; init; }

    public string? ValueUrl { get; init; }

    public string? ValueCanonical { get; init; }

    public string? ValueId { get; init; }

    public string? ValueMarkdown { get; init; }

    public int? ValuePositiveInt { get; init; }

    public int? ValueUnsignedInt { get; init; }

    public Coding? ValueCoding { get; init; }

    public CodeableConcept? ValueCodeableConcept { get; init; }

    public Identifier? ValueIdentifier { get; init; }

    public ResourceReference? ValueReference { get; init; }

    public Period? ValuePeriod { get; init; }

    public Attachment? ValueAttachment { get; init; }

    public HumanName? ValueHumanName { get; init; }

    public Address? ValueAddress { get; init; }

    public ContactPoint? ValueContactPoint { get; init; }

    void IJsonOnDeserialized.OnDeserialized() =>
        ChoiceElements.EnsureAtMostOne(
            "value[x]",
            ValueString, ValueCode, ValueBoolean, ValueInteger, ValueDecimal, ValueDate, ValueDateTime, ValueInstant,
            ValueUri, ValueUrl, ValueCanonical, ValueId, ValueMarkdown, ValuePositiveInt, ValueUnsignedInt,
            ValueCoding, ValueCodeableConcept, ValueIdentifier, ValueReference, ValuePeriod, ValueAttachment,
            ValueHumanName, ValueAddress, ValueContactPoint);
}
