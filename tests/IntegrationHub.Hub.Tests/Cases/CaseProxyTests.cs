using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;
using IntegrationHub.Hub.Tests.Proxies;

namespace IntegrationHub.Hub.Tests.Cases;

/// <summary>The proxy rows of the access matrix (CS4, PX3, PX4): a guardian acting for the child, and after the proxy ended.</summary>
public sealed class CaseProxyTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "CS4")]
    [Trait("Rule", "PX3")]
    public async Task ChildsCase_GuardianWithActiveProxyReads_GuardianWhoseProxyEndedGets404()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse", proxyAllowed: true);
        var family = await (await ProxyFamily.CreateAsync(fixture)).ActingForChildAsync();

        var id = await CaseDesk.SubmittedAsync(family.Guardian, clinic, "Barnet har feber sedan i går.");
        Assert.Equal(HttpStatusCode.OK, (await family.Guardian.GetAsync($"/api/cases/{id}")).StatusCode);
        using (var own = await family.Guardian.Http.DeleteAsync(new Uri("/api/acting-as", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        }

        // In the guardian's own inbox the child's case is not there.
        Assert.Equal(HttpStatusCode.NotFound, (await family.Guardian.GetAsync($"/api/cases/{id}")).StatusCode);

        // Custody ends: the relationship ends at the next switch, and the case stays the child's alone.
        await family.Guardian.PutPersonAsync(family.Child, givenName: "Kim", familyName: "Förälder", guardians: []);
        using var switched = await family.ActForChildAsync();
        await ProblemAssert.HasCodeAsync(switched, HttpStatusCode.Forbidden, "no_active_proxy");
        Assert.Equal(HttpStatusCode.NotFound, (await family.Guardian.GetAsync($"/api/cases/{id}")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "PX4")]
    public async Task Submit_CaseTypeNotForProxies_Answers403CaseTypeNotForProxy()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse", proxyAllowed: false);
        var family = await (await ProxyFamily.CreateAsync(fixture)).ActingForChildAsync();

        using var response = await CaseDesk.SubmitAsync(family.Guardian, CaseDesk.AskNurse(clinic, "Får barnet ta febernedsättande?"));

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "case_type_not_for_proxy");
    }
}
