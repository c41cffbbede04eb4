using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>A FHIR <c>date</c> kept as its string; refuses any other form when reading or writing.</summary>
internal sealed class FhirDateConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FhirPrimitive.Read(ref reader, FhirDates.IsValidDate, "date (YYYY, YYYY-MM or YYYY-MM-DD)");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        FhirPrimitive.Write(writer, value, FhirDates.IsValidDate, "date (YYYY, YYYY-MM or YYYY-MM-DD)");
}
