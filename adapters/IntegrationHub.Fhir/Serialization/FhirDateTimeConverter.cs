using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>A FHIR <c>dateTime</c> kept as its string; refuses any other form when reading or writing.</summary>
internal sealed class FhirDateTimeConverter : JsonConverter<string>
{
    private const string Form = "dateTime (a date, or YYYY-MM-DDThh:mm:ss with a time zone)";

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FhirPrimitive.Read(ref reader, FhirDates.IsValidDateTime, Form);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        FhirPrimitive.Write(writer, value, FhirDates.IsValidDateTime, Form);
}
