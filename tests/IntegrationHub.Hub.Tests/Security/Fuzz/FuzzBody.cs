namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>The kind of body an endpoint reads (API.md).</summary>
internal enum FuzzBody
{
    None,
    Json,
    Multipart,
    Form,
    Fhir,
}
