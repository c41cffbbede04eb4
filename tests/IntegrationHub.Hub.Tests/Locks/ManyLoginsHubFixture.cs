using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>
/// The local hub for lock and staff tests: every test logs several staff members in from the same 127.0.0.1, far beyond the
/// per-address login rate limit (30 per 10 s) that guards a real gateway, so the limit is raised here.
/// </summary>
public sealed class ManyLoginsHubFixture : HubFixture
{
    protected override IEnumerable<string> ExtraArguments => ["--Hub:Gateway:LoginRateLimit:PermitLimit=100000"];
}
