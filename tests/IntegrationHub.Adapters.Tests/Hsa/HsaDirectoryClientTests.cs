using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Simulators.Hsa;
using Microsoft.AspNetCore.Http;
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

    [Fact]
    public async Task FindStaffAsync_Answered503Once_RetriesAndReturnsStaff()
    {
        await using var hsa = await HsaDirectorySimulator.StartAsync(CancellationToken.None);
        hsa.PutStaff(Staff());
        hsa.FailNextRequests(1);
        using var services = Services(hsa);

        var staff = await Directory(services).FindStaffAsync("SE2321000016-A001", CancellationToken.None);

        Assert.Equal("SE2321000016-A001", staff?.HsaId);
        Assert.Equal(2, hsa.RequestCount);
    }

    [Fact]
    public async Task FindStaffAsync_DirectoryTooSlow_ThrowsDirectoryUnavailableException()
    {
        await using var hsa = await HsaDirectorySimulator.StartAsync(CancellationToken.None);
        hsa.PutStaff(Staff());
        hsa.ResponseDelay = TimeSpan.FromSeconds(30);
        using var services = Services(hsa, o => o.Hsa.Timeout = TimeSpan.FromMilliseconds(200));

        var e = await Assert.ThrowsAsync<DirectoryUnavailableException>(
            () => Directory(services).FindStaffAsync("SE2321000016-A001", CancellationToken.None));

        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(e.InnerException);
    }

    [Fact]
    public async Task FindStaffAsync_TotalTimeoutBeforeAttemptsRunOut_StopsTrying()
    {
        await using var hsa = await HsaDirectorySimulator.StartAsync(CancellationToken.None);
        hsa.ResponseDelay = TimeSpan.FromSeconds(30);
        using var services = Services(hsa, o =>
        {
            o.Hsa.Timeout = TimeSpan.FromSeconds(1);
            o.Hsa.TotalTimeout = TimeSpan.FromSeconds(1.5);
            o.Hsa.MaxRetryAttempts = 10;
        });

        var e = await Assert.ThrowsAsync<DirectoryUnavailableException>(
            () => Directory(services).FindStaffAsync("SE2321000016-A001", CancellationToken.None));

        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(e.InnerException);
        Assert.InRange(hsa.RequestCount, 0, 2);
    }

    [Fact]
    public async Task FindStaffAsync_AfterRepeatedFailures_OpensCircuitWithoutAskingDirectory()
    {
        await using var hsa = await HsaDirectorySimulator.StartAsync(CancellationToken.None);
        hsa.PutStaff(Staff());
        hsa.SetAvailable(false);
        using var services = Services(hsa, o =>
        {
            o.Hsa.MaxRetryAttempts = 0;
            o.Hsa.CircuitBreakerMinimumThroughput = 2;
            o.Hsa.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(5);
        });
        var directory = Directory(services);
        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => directory.FindStaffAsync("SE2321000016-A001", CancellationToken.None));
        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => directory.FindStaffAsync("SE2321000016-A001", CancellationToken.None));
        hsa.SetAvailable(true);
        var asked = hsa.RequestCount;

        var e = await Assert.ThrowsAsync<DirectoryUnavailableException>(
            () => directory.FindStaffAsync("SE2321000016-A001", CancellationToken.None));

        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(e.InnerException);
        Assert.Equal(asked, hsa.RequestCount);
    }

    [Fact]
    public async Task FindStaffAsync_CircuitOpenWhileHubClockStandsStill_ClosesOnRealTime()
    {
        await using var hsa = await HsaDirectorySimulator.StartAsync(CancellationToken.None);
        hsa.PutStaff(Staff());
        hsa.SetAvailable(false);
        using var services = AdapterServices.Create(
            o =>
            {
                o.Hsa.BaseAddress = hsa.BaseAddress;
                o.Hsa.MaxRetryAttempts = 0;
                o.Hsa.CircuitBreakerMinimumThroughput = 2;
                o.Hsa.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(1);
            },
            new ManualTimeProvider(DateTimeOffset.Parse("2025-03-01T08:00:00Z")));
        var directory = Directory(services);
        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => directory.FindStaffAsync("SE2321000016-A001", CancellationToken.None));
        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => directory.FindStaffAsync("SE2321000016-A001", CancellationToken.None));
        hsa.SetAvailable(true);
        var e = await Assert.ThrowsAsync<DirectoryUnavailableException>(
            () => directory.FindStaffAsync("SE2321000016-A001", CancellationToken.None));
        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(e.InnerException);

        Assert.True(await Eventually.TrueAsync(
            async () =>
            {
                try
                {
                    return await directory.FindStaffAsync("SE2321000016-A001", CancellationToken.None) is not null;
                }
                catch (DirectoryUnavailableException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("""{"hsaId":"SE2321000016-A001","givenName":null,"familyName":"S","region":"01"}""")]
    [InlineData("""{"hsaId":""")]
    [InlineData("null")]
    public async Task FindStaffAsync_MalformedAnswer_ThrowsDirectoryUnavailableException(string json)
    {
        await using var hsa = await Http.LocalServer.StartAsync((context, _) =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(json, context.RequestAborted);
        });
        using var services = AdapterServices.Create(o => o.Hsa.BaseAddress = hsa.BaseAddress);

        var e = await Assert.ThrowsAsync<DirectoryUnavailableException>(
            () => Directory(services).FindStaffAsync("SE2321000016-A001", CancellationToken.None));

        Assert.IsType<System.Text.Json.JsonException>(e.InnerException);
        Assert.Equal(1, hsa.RequestCount);
    }

    private static SimulatedStaffMember Staff() => new(
        "SE2321000016-A001", "Sara", "Sjuksköterska", "01", [StaffRoles.CentralSupport], []);

    private static ServiceProvider Services(HsaDirectorySimulator hsa, Action<HubAdapterOptions>? configure = null) =>
        AdapterServices.Create(o =>
        {
            o.Hsa.BaseAddress = hsa.BaseAddress;
            o.Hsa.RetryDelay = TimeSpan.FromMilliseconds(1);
            configure?.Invoke(o);
        });

    private static IHsaDirectory Directory(ServiceProvider services) => services.GetRequiredService<IHsaDirectory>();
}
