using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Simulators.Hsa;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Adapters.Tests.Hsa;

public sealed class HsaDirectoryClientTests(FleetFixture fixture) : IClassFixture<FleetFixture>
{
    [Fact]
    public async Task FindStaffAsync_KnownStaff_ReturnsRolesAndClinicRights()
    {
        fixture.Fleet.Hsa.PutStaff(new SimulatedStaffMember(
            "SE2321000016-A001",
            "Sara",
            "Sjuksköterska",
            "01",
            [StaffRoles.CentralSupport],
            [new SimulatedClinicRights("SE2321000016-C001", ["receiver", "handler"])]));
        using var services = fixture.CreateServices();

        var staff = await Directory(services).FindStaffAsync("se2321000016-a001", CancellationToken.None);

        Assert.NotNull(staff);
        Assert.Equal("SE2321000016-A001", staff.HsaId);
        Assert.Equal("Sara Sjuksköterska", staff.Name);
        Assert.Equal("01", staff.Region);
        Assert.True(staff.HasRole(StaffRoles.CentralSupport));
        var clinic = Assert.Single(staff.Clinics);
        Assert.Equal("SE2321000016-C001", clinic.ClinicHsaId);
        Assert.Equal(["receiver", "handler"], clinic.Rights);
    }

    [Fact]
    public async Task FindStaffAsync_UnknownStaff_ReturnsNull()
    {
        using var services = fixture.CreateServices();

        Assert.Null(await Directory(services).FindStaffAsync("SE2321000016-NOPE", CancellationToken.None));
    }

    [Fact]
    public async Task FindClinicAsync_KnownClinic_ReturnsClinic()
    {
        fixture.Fleet.Hsa.PutClinic(new SimulatedClinic("SE2321000016-C002", "Vårdcentralen Norr", "25"));
        using var services = fixture.CreateServices();

        var clinic = await Directory(services).FindClinicAsync("SE2321000016-C002", CancellationToken.None);

        Assert.Equal(new HsaClinic("SE2321000016-C002", "Vårdcentralen Norr", "25"), clinic);
    }

    [Fact]
    public async Task FindClinicAsync_UnknownClinic_ReturnsNull()
    {
        using var services = fixture.CreateServices();

        Assert.Null(await Directory(services).FindClinicAsync("SE2321000016-C404", CancellationToken.None));
    }

    [Fact]
    public async Task FindStaffAsync_DirectoryUnavailable_ThrowsDirectoryUnavailableException()
    {
        await using var hsa = await HsaDirectorySimulator.StartAsync(CancellationToken.None);
        hsa.SetAvailable(false);
        using var services = AdapterServices.Create(o =>
        {
            o.Hsa.BaseAddress = hsa.BaseAddress;
            o.Hsa.RetryDelay = TimeSpan.FromMilliseconds(1);
        });

        await Assert.ThrowsAsync<DirectoryUnavailableException>(
            () => Directory(services).FindStaffAsync("SE2321000016-A001", CancellationToken.None));
        Assert.Equal(3, hsa.RequestCount);
    }

    private static IHsaDirectory Directory(ServiceProvider services) => services.GetRequiredService<IHsaDirectory>();
}
