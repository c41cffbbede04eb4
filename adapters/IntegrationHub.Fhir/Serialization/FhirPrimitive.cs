using System.Text.Json;
using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>Reading and writing a string primitive whose lexical form FHIR fixes.</summary>
internal static class FhirPrimitive
{
    public static string Read(ref Utf8JsonReader reader, Func<string, bool> isValid, string form)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new FhirJsonException(IssueTypeCodes.Invalid, $"A FHIR {form} must be a JSON string");
        }

        var value = reader.GetString()!;
        return isValid(value)
            ? value
            : throw new FhirJsonException(IssueTypeCodes.Invalid, $"'{Shorten(value)}' is not a valid FHIR {form}");
    }

    public static void Write(Utf8JsonWriter writer, string value, Func<string, bool> isValid, string form)
    {
        if (!isValid(value))
        {
            throw new FhirJsonException(IssueTypeCodes.Invalid, $"'{value}' is not a valid FHIR {form}; use FhirDates to format it");
        }

        writer.WriteStringValue(value);
    }

    // The refused value goes back to its sender in an OperationOutcome; a long one is cut.
    internal static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
