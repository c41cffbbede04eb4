using IntegrationHub.Silo.Api.Cases;
using IntegrationHub.Silo.Api.Locks;
using IntegrationHub.Silo.Api.Proxies;
using IntegrationHub.Silo.Api.Residents;
using IntegrationHub.Silo.Api.Staff;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Silo.Api;

public static class HubApiEndpoints
{
    /// <summary>The resident and staff APIs. They trust the principal the session gate set, so map them only behind it.</summary>
    public static IEndpointRouteBuilder MapHubApi(this IEndpointRouteBuilder endpoints)
    {
        ResidentEndpoints.Map(endpoints);
        ResidentLookupEndpoints.Map(endpoints);
        LockEndpoints.Map(endpoints);
        CaseEndpoints.Map(endpoints);
        ProxyEndpoints.Map(endpoints);
        Fhir.FhirEndpoints.Map(endpoints);
        return endpoints;
    }
}
