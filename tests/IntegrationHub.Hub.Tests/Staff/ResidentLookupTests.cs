using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Staff;

/// <summary>The staff lookup of a personnummer (ST1, LK8).</summary>
public sealed class ResidentLookupTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "ST1")]
    [Trait("Rule", "LK8")]
    public async Task LookUp_OpenAccountWithoutContacts_ShowsNameUnlockedAndNoContacts()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.ResidentSessionAsync(resident);
        var staff = await desk.StaffAsync(LockDesk.OtherRegion);

        var view = await LockDesk.LookUpAsync(staff, resident);

        Assert.Equal("Rut Spärr", view.GetProperty("name").GetString());
        Assert.Equal(resident, view.GetProperty("personnummer").GetString());
        Assert.False(view.GetProperty("locked").GetBoolean());
        Assert.False(view.GetProperty("protectedIdentity").GetBoolean());
        Assert.True(!view.TryGetProperty("contacts", out var contacts) || contacts.ValueKind == JsonValueKind.Null, $"contacts: {contacts}");
    }

    [Fact]
    [Trait("Rule", "ST1")]
    public async Task LookUp_ListedResident_ShowsWhereListed()
    {
        using var desk = new LockDesk(fixture);
        var resident = TestPeople.AgedAt(61, fixture.Clock.GetUtcNow(), extraDays: 219);
        await Start.StartPageTests.PutListedPersonAsync(desk.Sim, resident, "SE2321000016-L002", "Vårdcentralen Lista");
        var staff = await desk.StaffAsync(LockDesk.HomeRegion);

        var listing = (await LockDesk.LookUpAsync(staff, resident)).GetProperty("listing");

        Assert.Equal("SE2321000016-L002", listing.GetProperty("clinicId").GetString());
        Assert.Equal("Vårdcentralen Lista", listing.GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Rule", "ST1")]
    public async Task LookUp_ResidentWhoEnteredContacts_ShowsThem()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.ResidentWithContactsAsync(resident);
        var staff = await desk.StaffAsync(LockDesk.HomeRegion);

        var contacts = (await LockDesk.LookUpAsync(staff, resident)).GetProperty("contacts");

        var (mobile, email) = LockDesk.ContactsOf(resident);
        Assert.Equal(mobile, contacts.GetProperty("mobile").GetString());
        Assert.Equal(email, contacts.GetProperty("email").GetString());
    }

    [Fact]
    [Trait("Rule", "ST1")]
    public async Task LookUp_PersonnummerUnknownToRegistry_Returns404()
    {
        using var desk = new LockDesk(fixture);
        var staff = await desk.StaffAsync(LockDesk.HomeRegion);
        var nobody = TestPeople.AgedAt(50, fixture.Clock.GetUtcNow(), extraDays: 333);

        using var response = await staff.Browser.GetAsync($"/staff/residents?personnummer={nobody}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [Trait("Rule", "ST1")]
    [InlineData("19121212121")]
    [InlineData("191212121213")]
    [InlineData("19121212-1212")]
    [InlineData("")]
    public async Task LookUp_MalformedPersonnummer_Returns400InvalidIdentityNumber(string personnummer)
    {
        using var desk = new LockDesk(fixture);
        var staff = await desk.StaffAsync(LockDesk.HomeRegion);

        using var response = await staff.Browser.GetAsync($"/staff/residents?personnummer={Uri.EscapeDataString(personnummer)}");

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_identity_number");
    }
}
