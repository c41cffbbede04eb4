using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Cases;

/// <summary>CS8, LK1, DC1, CS9: a case started by the clinic reaches only an active, unlocked account, with one contentless notice.</summary>
public sealed class StaffMessageTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "CS8")]
    [Trait("Rule", "CS9")]
    public async Task Send_ActiveResident_Returns201_CaseInInboxAndOneContentlessNoticePerContact()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var receiver = await desk.StaffAsync((clinic, ["receiver"]));
        var personnummer = await desk.ResidentAsync();
        var (resident, mobile, email) = await desk.ResidentWithContactsAsync(personnummer);

        using var response = await receiver.Browser.PostAsync("/staff/messages", new { personnummer, clinicId = clinic, subject = "Provsvar", text = "Ditt blodvärde är normalt." });

        var id = (await ProblemAssert.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetString()!;
        Assert.DoesNotContain(personnummer, id, StringComparison.Ordinal);
        var inbox = (await resident.GetJsonAsync("/api/cases")).GetProperty("cases");
        var opened = Assert.Single(inbox.EnumerateArray());
        Assert.Equal("Provsvar", opened.GetProperty("subject").GetString());
        Assert.Equal("clinic", opened.GetProperty("origin").GetString());
        Assert.Equal("Ditt blodvärde är normalt.", opened.GetProperty("messages")[0].GetProperty("text").GetString());
        var notices = await desk.NotificationsToAsync(mobile, email);
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.DoesNotContain("blodvärde", n.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase));
        Assert.All(notices, n => Assert.DoesNotContain("Provsvar", n.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase));

        // The resident may reply: it lands in the clinic's inbox.
        using var reply = await CaseDesk.PostMessageAsync(resident, $"/api/cases/{id}/messages", "Tack!");
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        Assert.Contains((await receiver.Browser.GetJsonAsync($"/staff/clinics/{clinic}/cases")).EnumerateArray(), c => c.GetProperty("id").GetString() == id);
    }

    [Fact]
    [Trait("Rule", "CS8")]
    [Trait("Rule", "LK1")]
    public async Task Send_LockedAccount_Returns409RecipientUnavailable_AndAnswersToItsCasesToo()
    {
        using var desk = new CaseDesk(fixture);
        using var locks = new LockDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var receiver = await desk.StaffAsync((clinic, ["receiver"]));
        var handler = await desk.StaffAsync((clinic, ["handler"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse");
        var personnummer = await desk.ResidentAsync();
        var resident = await desk.ResidentSessionAsync(personnummer);
        var id = await CaseDesk.SubmittedAsync(resident, clinic);
        await CaseAttachmentTests.AssignAsync(receiver.Browser, id, handler.HsaId);

        await locks.RegionLockAsync(personnummer);

        using var message = await receiver.Browser.PostAsync("/staff/messages", new { personnummer, clinicId = clinic, subject = "Hej", text = "Kom på besök." });
        await ProblemAssert.HasCodeAsync(message, HttpStatusCode.Conflict, "recipient_unavailable");
        using var answer = await CaseDesk.PostMessageAsync(handler.Browser, $"/staff/cases/{id}/answer", "Svar");
        await ProblemAssert.HasCodeAsync(answer, HttpStatusCode.Conflict, "recipient_unavailable");
    }

    [Fact]
    [Trait("Rule", "CS8")]
    [Trait("Rule", "DC1")]
    public async Task Send_DeceasedInRegistry_Returns409RecipientUnavailable()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var receiver = await desk.StaffAsync((clinic, ["receiver"]));
        var personnummer = await desk.ResidentAsync(deceased: true);

        using var response = await receiver.Browser.PostAsync("/staff/messages", new { personnummer, clinicId = clinic, subject = "Hej", text = "Text" });

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Conflict, "recipient_unavailable");
    }

    [Fact]
    [Trait("Rule", "CS8")]
    public async Task Send_UnknownToRegistry_Returns409_RegistryDown_Returns503()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var receiver = await desk.StaffAsync((clinic, ["receiver"]));
        var unknown = TestPeople.AgedAt(30, fixture.Clock.GetUtcNow(), extraDays: 77);
        var known = await desk.ResidentAsync();

        using (var response = await receiver.Browser.PostAsync("/staff/messages", new { personnummer = unknown, clinicId = clinic, subject = "Hej", text = "Text" }))
        {
            await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Conflict, "recipient_unavailable");
        }

        await desk.Sim.SetRegistryAvailableAsync(false);
        try
        {
            using var response = await receiver.Browser.PostAsync("/staff/messages", new { personnummer = known, clinicId = clinic, subject = "Hej", text = "Text" });
            await ProblemAssert.HasCodeAsync(response, HttpStatusCode.ServiceUnavailable, "registry_unavailable");
        }
        finally
        {
            await desk.Sim.SetRegistryAvailableAsync(true);
        }
    }

    [Fact]
    [Trait("Rule", "CS4")]
    public async Task Send_NoReceiverOrHandlerRightAtTheClinic_Returns403()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var personnummer = await desk.ResidentAsync();

        using var response = await admin.Browser.PostAsync("/staff/messages", new { personnummer, clinicId = clinic, subject = "Hej", text = "Text" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
