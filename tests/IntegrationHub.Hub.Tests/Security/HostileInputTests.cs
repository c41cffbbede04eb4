using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Security;

/// <summary>Oversized and malformed input is refused with a 4xx and never costs the hub a 500; contacts are validated.</summary>
public sealed class HostileInputTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    private const int OneMegabyte = 1024 * 1024;

    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_OneMegabyteBody_IsRefusedWithA4xx()
    {
        using var client = fixture.NewClient();
        using var content = new StringContent($"{{\"assertion\":\"{new string('a', OneMegabyte)}\"}}", Encoding.UTF8, "application/json");

        using var response = await client.PostRawAsync(HubClientExtensions.ResidentLogin, content);

        AssertClientError(response);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_OneMegabyteChunkedBody_IsRefusedWithA4xx()
    {
        using var client = fixture.NewClient();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"assertion\":\"{new string('a', OneMegabyte)}\"}}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(HubClientExtensions.ResidentLogin, UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.Http.SendAsync(request);

        AssertClientError(response);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_DeeplyNestedJson_IsRefusedWithA4xx()
    {
        using var client = fixture.NewClient();
        using var content = new StringContent(new string('[', 10_000) + new string(']', 10_000), Encoding.UTF8, "application/json");

        using var response = await client.PostRawAsync(HubClientExtensions.ResidentLogin, content);

        AssertClientError(response);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("+4670123456789012")]
    [InlineData("+1 202 555 0100")]
    [InlineData("070-ABC 45 67")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Settings_InvalidMobile_IsRefusedAsInvalidContact(string mobile)
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        using var response = await client.PutAsync("/api/me/settings", new { mobile });

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_contact");
        var contacts = (await client.GetJsonAsync("/api/me")).GetProperty("contacts");
        Assert.True(contacts.TryGetProperty("mobile", out var stored) is false || stored.ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Settings_OversizedMobile_IsRefusedWithA4xx()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        using var response = await client.PutAsync("/api/me/settings", new { mobile = new string('7', OneMegabyte) });

        AssertClientError(response);
    }

    [Fact]
    public async Task Settings_ValidE164Mobile_IsStoredAndShownInApiMe()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        using var response = await client.PutAsync("/api/me/settings", new { mobile = "+46701234567", email = "alva@example.se" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var contacts = (await client.GetJsonAsync("/api/me")).GetProperty("contacts");
        Assert.Equal("+46701234567", contacts.GetProperty("mobile").GetString());
        Assert.Equal("alva@example.se", contacts.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Settings_WithoutSession_IsRefusedWith401()
    {
        using var client = fixture.NewClient();

        using var response = await client.PutAsync("/api/me/settings", new { mobile = "+46701234567" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static void AssertClientError(HttpResponseMessage response) =>
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"expected a 4xx, got {(int)response.StatusCode}");
}
