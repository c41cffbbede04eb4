namespace IntegrationHub.Fhir.Tests.Schema;

/// <summary>What validate.js said about one resource.</summary>
public sealed record FhirSchemaResult(int Index, string Resource, bool Valid, IReadOnlyList<string> Errors);
