using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using IntegrationHub.Fhir.Resources;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>The resource types this model knows, by their <c>resourceType</c>.</summary>
public static class ResourceTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["AuditEvent"] = typeof(AuditEvent),
        ["Bundle"] = typeof(Bundle),
        ["CapabilityStatement"] = typeof(CapabilityStatement),
        ["Communication"] = typeof(Communication),
        ["Consent"] = typeof(Consent),
        ["Flag"] = typeof(Flag),
        ["OperationOutcome"] = typeof(OperationOutcome),
        ["Patient"] = typeof(Patient),
        ["RelatedPerson"] = typeof(RelatedPerson),
        ["Task"] = typeof(FhirTask),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, string> ByType = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    /// <summary>Every <c>resourceType</c> this model reads and writes, in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The model type of a <c>resourceType</c>.</summary>
    public static bool TryGetType(string resourceType, [NotNullWhen(true)] out Type? type) =>
        ByName.TryGetValue(resourceType, out type);

    /// <summary>The <c>resourceType</c> of a model type, or null for an abstract base such as <see cref="Resource"/>.</summary>
    public static string? NameOf(Type type) => ByType.GetValueOrDefault(type);
}
