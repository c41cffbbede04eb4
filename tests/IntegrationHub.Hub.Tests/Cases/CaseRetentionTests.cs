using System.Net;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;
using IntegrationHub.Store.Attachments;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Hub.Tests.Cases;

/// <summary>CS7: two years after a case's latest event, open or not, the case, its messages and its files are gone.</summary>
public sealed class CaseRetentionTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "CS7")]
    public async Task Clock_Day729Kept_Day731Gone_FilesRemoved_LatestEventCounts()
    {
        // Two years from here span 29 February 2032: exactly 731 days, the boundary itself.
        var start = new DateTimeOffset(2031, 3, 10, 9, 0, 0, TimeSpan.Zero);
        using var desk = new CaseDesk(fixture);
        await desk.Sim.SetClockAsync(start);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var receiver = await desk.StaffAsync((clinic, ["receiver", "handler"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse");
        var personnummer = await desk.ResidentAsync();
        var resident = await desk.ResidentSessionAsync(personnummer);
        var old = await CaseDesk.SubmittedAsync(resident, clinic, "Gammal fråga", [("bild.png", Files.Png())]);
        var active = await CaseDesk.SubmittedAsync(resident, clinic, "Aktiv fråga");
        var files = fixture.Hub.App.Services.GetRequiredService<IAttachmentStore>();
        var attachment = (await resident.GetJsonAsync($"/api/cases/{old}")).GetProperty("messages")[0].GetProperty("attachments")[0].GetProperty("id").GetString()!;
        Assert.True(await HasFileAsync(files, old, attachment));

        // Day 400: staff assign the second case, an event that starts its two years again. Reading is no event.
        await desk.Sim.SetClockAsync(start.AddDays(400));
        receiver = await desk.StaffAsync((clinic, ["receiver", "handler"]));
        await CaseAttachmentTests.AssignAsync(receiver.Browser, active, receiver.HsaId);
        using (var read = await receiver.Browser.GetAsync($"/staff/cases/{old}"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        await desk.Sim.SetClockAsync(start.AddDays(729));
        resident = await desk.ResidentSessionAsync(personnummer);
        await resident.AssertOkAsync($"/api/cases/{old}");
        Assert.True(await HasFileAsync(files, old, attachment));

        await desk.Sim.SetClockAsync(start.AddDays(731));
        resident = await desk.ResidentSessionAsync(personnummer);
        using (var gone = await resident.GetAsync($"/api/cases/{old}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.False(await HasFileAsync(files, old, attachment));
        var inbox = (await resident.GetJsonAsync("/api/cases")).GetProperty("cases");
        Assert.Equal([active], inbox.EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray());
        receiver = await desk.StaffAsync((clinic, ["receiver", "handler"]));
        using (var staffGone = await receiver.Browser.GetAsync($"/staff/cases/{old}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, staffGone.StatusCode);
        }

        Assert.DoesNotContain((await receiver.Browser.GetJsonAsync($"/staff/clinics/{clinic}/cases")).EnumerateArray(), c => c.GetProperty("id").GetString() == old);
    }

    private static async Task<bool> HasFileAsync(IAttachmentStore files, string caseId, string attachmentId)
    {
        await using var stream = await files.OpenReadAsync(caseId, attachmentId, CancellationToken.None);
        return stream is not null;
    }
}
