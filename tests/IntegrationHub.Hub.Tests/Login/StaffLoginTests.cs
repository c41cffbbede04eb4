using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Login;

/// <summary>ID6: staff log in with a SITHS assertion and must be in the HSA directory at every login.</summary>
public sealed class StaffLoginTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "ID6")]
    public async Task StaffLogin_InDirectory_Succeeds()
    {
        using var client = fixture.NewClient();
        var hsaId = TestPeople.HsaId();
        await client.PutStaffAsync(hsaId, "01", ["central-support"]);

        using var response = await client.LoginStaffAsync(hsaId);

        var body = await ProblemAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(hsaId, body.GetProperty("hsaId").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    [Trait("Rule", "ID6")]
    public async Task StaffLogin_HsaIdNotInDirectory_IsRefusedAsNotInHsa()
    {
        using var client = fixture.NewClient();

        using var response = await client.LoginStaffAsync(TestPeople.HsaId());

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "not_in_hsa");
    }

    [Fact]
    [Trait("Rule", "ID6")]
    public async Task StaffLogin_ResidentAssertion_IsRefusedAsInvalidAssertion()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);

        using var response = await client.PostAssertionAsync(await client.ResidentAssertionAsync(personnummer), HubClientExtensions.StaffLogin);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "invalid_assertion");
    }

    [Fact]
    [Trait("Rule", "ID6")]
    public async Task ResidentLogin_StaffAssertion_IsNotALogin()
    {
        using var client = fixture.NewClient();
        var hsaId = TestPeople.HsaId();
        await client.PutStaffAsync(hsaId, "01", ["central-support"]);

        using var response = await client.PostAssertionAsync(await client.StaffAssertionAsync(hsaId));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{(int)response.StatusCode}");
        await client.AssertUnauthenticatedAsync();
    }

    [Fact]
    [Trait("Rule", "ID6")]
    public async Task StaffSession_ResidentApi_IsNotOpenToStaff()
    {
        using var client = fixture.NewClient();
        var hsaId = TestPeople.HsaId();
        await client.PutStaffAsync(hsaId, "01", ["central-support"]);
        await client.LoggedInStaffAsync(hsaId);

        using var me = await client.GetAsync("/api/me");
        using var hop = await client.HopAsync("samples");

        Assert.Equal(HttpStatusCode.Forbidden, me.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hop.StatusCode);
    }
}
