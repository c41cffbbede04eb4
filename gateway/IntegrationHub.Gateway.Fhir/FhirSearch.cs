namespace IntegrationHub.Gateway.Fhir;

/// <summary>A search of one person's resources that passed its checks: who asks, about whom, which page.</summary>
internal sealed record FhirSearch(FhirCaller Caller, string Personnummer, FhirSearchPage Page);
