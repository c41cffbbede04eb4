using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>
/// The base of every resource. A member declared as <see cref="Resource"/> is read and written as the concrete type
/// its <c>resourceType</c> names (see <see cref="Serialization.FhirJson"/>). It has no JsonUnmappedMemberHandling
/// attribute because the resource converter reads it, which such an attribute is not allowed on; each concrete
/// resource has one.
/// </summary>
public abstract record Resource
{
    /// <summary>The FHIR resource type, written first; fixed by the record type (read-only, ignored when reading).</summary>
    [JsonPropertyName("resourceType")]
    [JsonPropertyOrder(-10)]
    public string ResourceType => TypeName;

    [JsonPropertyOrder(-9)]
    public string? Id { get; init; }

    [JsonPropertyOrder(-8)]
    public Meta? Meta { get; init; }

    [JsonPropertyOrder(-7)]
    public string? ImplicitRules { get; init; }

    [JsonPropertyOrder(-6)]
    public string? Language { get; init; }

    protected abstract string TypeName { get; }
}
