using IntegrationHub.Gateway.Api.Cases;
using IntegrationHub.Gateway.Api.Locks;
using IntegrationHub.Gateway.Api.Proxies;
using IntegrationHub.Gateway.Api.Residents;
using IntegrationHub.Gateway.Api.Staff;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Api;

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
        return endpoints;
    }
}
