using System.Text.Json;

namespace IntegrationHub.Adapters.Http;

/// <summary>The JSON of the non-FHIR systems: web defaults (camelCase), nullability and required members enforced.</summary>
internal static class AdapterJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
