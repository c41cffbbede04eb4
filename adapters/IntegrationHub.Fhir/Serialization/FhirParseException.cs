namespace IntegrationHub.Fhir.Serialization;

/// <summary>Thrown by <see cref="FhirJson"/>'s Deserialize methods when a body is not an acceptable resource.</summary>
public sealed class FhirParseException(FhirParseError error) : Exception(error.ToString())
{
    public FhirParseError Error { get; } = error;
}
