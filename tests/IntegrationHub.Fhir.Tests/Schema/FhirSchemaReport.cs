namespace IntegrationHub.Fhir.Tests.Schema;

/// <summary>validate.js's report (<c>--json</c>).</summary>
public sealed record FhirSchemaReport(int Valid, int Invalid, IReadOnlyList<FhirSchemaResult> Results);
