using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>
/// A logged-in staff member at a browser of their own, with the lock and unlock calls of API.md. The plain calls answer the
/// response; the <c>…edAsync</c> ones fail the test unless the hub says yes.
/// </summary>
internal sealed class StaffBrowser(string hsaId, HubClient browser)
{
    public const string Locks = "/staff/lock-requests";
    public const string Unlocks = "/staff/unlock-requests";

    public string HsaId { get; } = hsaId;

    public HubClient Browser { get; } = browser;

    public Task<HttpResponseMessage> RequestLockAsync(string personnummer, string reason = "violence", string origin = "staff", string? note = null, bool emergency = false, string? authority = null) =>
        Browser.PostAsync(Locks, new { personnummer, origin, authority, reason, note, emergency });

    public async Task<string> FiledLockAsync(string personnummer, string reason = "violence", string origin = "staff", string? note = null, bool emergency = false, string? authority = null)
    {
        using var response = await RequestLockAsync(personnummer, reason, origin, note, emergency, authority);
        return await CreatedIdAsync(response);
    }

    public Task<HttpResponseMessage> RequestUnlockAsync(string personnummer, string? note = null) =>
        Browser.PostAsync(Unlocks, new { personnummer, note });

    public async Task<string> FiledUnlockAsync(string personnummer)
    {
        using var response = await RequestUnlockAsync(personnummer);
        return await CreatedIdAsync(response);
    }

    public Task<HttpResponseMessage> DecideAsync(string requests, string id, bool approve = true, string? note = null) =>
        Browser.PostAsync($"{requests}/{id}/decision", new { approve, note });

    public async Task DecidedAsync(string requests, string id, bool approve = true)
    {
        using var response = await DecideAsync(requests, id, approve);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"decision: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Decides and fails the test unless the hub says 403 with <paramref name="code"/>.</summary>
    public async Task DecisionRefusedAsync(string requests, string id, string code)
    {
        using var response = await DecideAsync(requests, id);
        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, code);
    }

    public async Task ExecutionRefusedAsync(string requests, string id, HttpStatusCode status, string code)
    {
        using var response = await ExecuteAsync(requests, id);
        await ProblemAssert.HasCodeAsync(response, status, code);
    }

    public Task<HttpResponseMessage> ExecuteAsync(string requests, string id) =>
        Browser.PostAsync($"{requests}/{id}/execute", new { });

    /// <summary>Executes and answers the 200 body, <c>{status: "executed", journalSealed, warning}</c>.</summary>
    public async Task<JsonElement> ExecutedAsync(string requests, string id)
    {
        using var response = await ExecuteAsync(requests, id);
        var body = await ProblemAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("executed", body.GetProperty("status").GetString());
        return body;
    }

    private static async Task<string> CreatedIdAsync(HttpResponseMessage response)
    {
        var body = await ProblemAssert.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("requested", body.GetProperty("status").GetString());
        return body.GetProperty("id").GetString()!;
    }
}
