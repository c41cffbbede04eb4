using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Login;

/// <summary>
/// The login assertion is the only proof of identity: anything but an intact, unexpired, unused assertion of the identity
/// provider is 403 <c>invalid_assertion</c>. A missing or unreadable body is that too: API.md gives login no 400 but
/// <c>invalid_identity_number</c>, which is about a number the assertion vouches for, and a body without an assertion
/// vouches for nothing.
/// </summary>
public sealed class LoginAssertionTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_TamperedPayload_IsRefusedAsInvalidAssertion()
    {
        using var client = fixture.NewClient();
        var victim = await client.NewResidentAsync(fixture);
        var attacker = await client.NewResidentAsync(fixture);
        var assertion = await client.ResidentAssertionAsync(attacker);

        var tampered = CompactJws.WithPayload(assertion, payload => payload["sub"] = victim);

        await AssertInvalidAssertionAsync(client, tampered);
    }

    [Fact]
    [Trait("Rule", "ID2")]
    public async Task Login_TamperedMethod_IsRefusedAsInvalidAssertion()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);
        var assertion = await client.ResidentAssertionAsync(personnummer, "freja-eid");

        var tampered = CompactJws.WithPayload(assertion, payload => payload["method"] = "bankid");

        await AssertInvalidAssertionAsync(client, tampered);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_TamperedSignature_IsRefusedAsInvalidAssertion()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);

        var tampered = CompactJws.WithFlippedSignature(await client.ResidentAssertionAsync(personnummer));

        await AssertInvalidAssertionAsync(client, tampered);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_AlgNone_IsRefusedAsInvalidAssertion()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);

        var unsigned = CompactJws.WithAlgNone(await client.ResidentAssertionAsync(personnummer));

        Assert.Equal("none", CompactJws.Header(unsigned)["alg"]!.GetValue<string>());
        await AssertInvalidAssertionAsync(client, unsigned);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_ExpiredAssertion_IsRefusedAsInvalidAssertion()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);
        var assertion = await client.ResidentAssertionAsync(personnummer);

        await client.AdvanceClockAsync(fixture, TimeSpan.FromMinutes(10));

        await AssertInvalidAssertionAsync(client, assertion);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_ReplayedAssertion_SecondUseIsRefusedAsInvalidAssertion()
    {
        using var first = fixture.NewClient();
        using var second = fixture.NewClient();
        var personnummer = await first.NewResidentAsync(fixture);
        var assertion = await first.ResidentAssertionAsync(personnummer);

        using (var login = await first.PostAssertionAsync(assertion))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        await AssertInvalidAssertionAsync(second, assertion);
        await first.AssertOkAsync();
    }

    [Fact]
    [Trait("Rule", "ID6")]
    public async Task StaffLogin_ReplayedAssertion_SecondUseIsRefusedAsInvalidAssertion()
    {
        using var client = fixture.NewClient();
        var hsaId = TestPeople.HsaId();
        await client.PutStaffAsync(hsaId, "01", ["central-support"]);
        var assertion = await client.StaffAssertionAsync(hsaId);

        using (var login = await client.PostAssertionAsync(assertion, HubClientExtensions.StaffLogin))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        using var other = fixture.NewClient();
        await AssertInvalidAssertionAsync(other, assertion, HubClientExtensions.StaffLogin);
    }

    [Theory]
    [Trait("Rule", "ID1")]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9..")]
    public async Task Login_GarbageAssertion_IsRefusedAsInvalidAssertion(string garbage)
    {
        using var client = fixture.NewClient();

        await AssertInvalidAssertionAsync(client, garbage);
    }

    public static TheoryData<string, string?, string?> UnreadableBodies => new()
    {
        { "no body", null, null },
        { "empty JSON body", string.Empty, "application/json" },
        { "not JSON", "assertion=abc", "application/x-www-form-urlencoded" },
        { "broken JSON", "{\"assertion\":", "application/json" },
        { "no assertion member", "{}", "application/json" },
        { "assertion not a string", "{\"assertion\":42}", "application/json" },
        { "JSON array", "[]", "application/json" },
    };

    [Theory]
    [Trait("Rule", "ID1")]
    [MemberData(nameof(UnreadableBodies))]
    public async Task Login_MissingOrUnreadableBody_IsRefusedAsInvalidAssertion(string what, string? body, string? mediaType)
    {
        using var client = fixture.NewClient();
        using var content = body is null ? null : new StringContent(body, Encoding.UTF8);
        if (content is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType!);
        }

        using var response = await client.PostRawAsync(HubClientExtensions.ResidentLogin, content);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what}: {(int)response.StatusCode}");
        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "invalid_assertion");
    }

    private static async Task AssertInvalidAssertionAsync(HubClient client, string assertion, string path = HubClientExtensions.ResidentLogin)
    {
        using var response = await client.PostAssertionAsync(assertion, path);
        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "invalid_assertion");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
