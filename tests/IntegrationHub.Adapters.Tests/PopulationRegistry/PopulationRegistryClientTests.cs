using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using IntegrationHub.Adapters.PopulationRegistry;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Identity;
using IntegrationHub.Simulators.PopulationRegistry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Adapters.Tests.PopulationRegistry;

public sealed class PopulationRegistryClientTests() : SimulatorTests<PopulationRegistrySimulator>(PopulationRegistrySimulator.StartAsync)
{
    [Fact]
    public async Task FindAsync_KnownPerson_ReturnsRegistration()
    {
        Simulator.PutPerson(Person(TestPeople.Tolvan) with { GivenName = "Tolvan Anna", Region = "12" });
        using var services = Services();

        var person = await Registry(services).FindAsync(TestPeople.Tolvan, CancellationToken.None);

        Assert.NotNull(person);
        Assert.Equal(TestPeople.Tolvan, person.Personnummer);
        Assert.Equal("Tolvan Anna", person.GivenName);
        Assert.Equal("Tolvansson", person.FamilyName);
        Assert.Equal(new DateOnly(1912, 12, 12), person.BirthDate);
        Assert.Equal("12", person.Region);
        Assert.False(person.Deceased);
        Assert.Equal(ProtectedIdentity.None, person.Protection);
        Assert.Empty(person.Guardians);
    }

    [Fact]
    public async Task FindAsync_BirthDateGiven_ReturnsGivenBirthDate()
    {
        Simulator.PutPerson(Person(TestPeople.Adult1990) with { BirthDate = new DateOnly(1990, 6, 3) });
        using var services = Services();

        var person = await Registry(services).FindAsync(TestPeople.Adult1990, CancellationToken.None);

        Assert.Equal(new DateOnly(1990, 6, 3), person?.BirthDate);
    }

    [Fact]
    public async Task FindAsync_UnknownPerson_ReturnsNull()
    {
        using var services = Services();

        Assert.Null(await Registry(services).FindAsync(TestPeople.Young2000, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_DeceasedPerson_ReturnsDeceased()
    {
        Simulator.PutPerson(Person(TestPeople.Adult1961) with { Deceased = true });
        using var services = Services();

        var person = await Registry(services).FindAsync(TestPeople.Adult1961, CancellationToken.None);

        Assert.True(person?.Deceased);
    }

    [Theory]
    [InlineData(SimulatedProtection.Sekretessmarkering, ProtectedIdentity.Sekretessmarkering)]
    [InlineData(SimulatedProtection.SkyddadFolkbokforing, ProtectedIdentity.SkyddadFolkbokforing)]
    [InlineData(SimulatedProtection.None, ProtectedIdentity.None)]
    public async Task FindAsync_ProtectedPerson_ReturnsProtection(SimulatedProtection simulated, ProtectedIdentity expected)
    {
        Simulator.PutPerson(Person(TestPeople.Young2003) with { Protection = simulated });
        using var services = Services();

        var person = await Registry(services).FindAsync(TestPeople.Young2003, CancellationToken.None);

        Assert.Equal(expected, person?.Protection);
    }

    [Fact]
    public async Task FindAsync_ChildWithGuardians_ReturnsGuardians()
    {
        Simulator.PutPerson(Person(TestPeople.Young2003) with
        {
            Guardians = [TestPeople.Adult1961.Value, TestPeople.Adult1990.Value],
        });
        using var services = Services();

        var person = await Registry(services).FindAsync(TestPeople.Young2003, CancellationToken.None);

        Assert.NotNull(person);
        Assert.Equal([TestPeople.Adult1961, TestPeople.Adult1990], person.Guardians);
    }

    [Fact]
    public async Task FindAsync_PersonReplaced_ReturnsLatest()
    {
        Simulator.PutPerson(Person(TestPeople.Tolvan) with { Region = "01" });
        Simulator.PutPerson(Person(TestPeople.Tolvan) with { Region = "14", Deceased = true });
        using var services = Services();

        var person = await Registry(services).FindAsync(TestPeople.Tolvan, CancellationToken.None);

        Assert.Equal("14", person?.Region);
        Assert.True(person?.Deceased);
    }

    [Fact]
    public async Task ControlPersons_PutOverHttp_ClientFindsPerson()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };
        using var put = await http.PutAsJsonAsync(
            "control/persons",
            new
            {
                personnummer = TestPeople.Adult1990.Value,
                givenName = "Nils",
                familyName = "Nilsson",
                protection = "skyddadFolkbokforing",
                region = "03",
                guardians = Array.Empty<string>(),
            });
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        using var services = Services();

        var person = await Registry(services).FindAsync(TestPeople.Adult1990, CancellationToken.None);

        Assert.Equal(ProtectedIdentity.SkyddadFolkbokforing, person?.Protection);
        Assert.Equal("03", person?.Region);
    }

    [Fact]
    public async Task FhirPatientSearch_OidSystem_ReturnsPatientAndGuardiansAsFhirJson()
    {
        Simulator.PutPerson(Person(TestPeople.Young2003) with { Guardians = [TestPeople.Adult1961.Value] });
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };

        using var response = await http.GetAsync(
            $"fhir/Patient?identifier={Uri.EscapeDataString("urn:oid:1.2.752.129.2.1.3.1|" + TestPeople.Young2003.Value)}"
            + "&_revinclude=RelatedPerson:patient");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var bundle = FhirJson.Deserialize<Bundle>(await response.Content.ReadAsStringAsync());
        Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
        Assert.Equal(1, bundle.Total);
        Assert.Collection(
            bundle.Entry,
            e => Assert.Equal("01", Assert.IsType<Patient>(e.Resource).Address[0].District),
            e => Assert.Equal("GUARD", Assert.IsType<RelatedPerson>(e.Resource).Relationship[0].Coding[0].Code));
    }

    [Fact]
    public async Task FindAsync_RegistryUnavailable_ThrowsRegistryUnavailableException()
    {
        Simulator.PutPerson(Person(TestPeople.Tolvan));
        Simulator.SetAvailable(false);
        using var services = Services(o => o.PopulationRegistry.RetryDelay = TimeSpan.FromMilliseconds(1));

        await Assert.ThrowsAsync<RegistryUnavailableException>(
            () => Registry(services).FindAsync(TestPeople.Tolvan, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_RegistryUnavailableOverHttpControl_AnswersAgainWhenAvailable()
    {
        Simulator.PutPerson(Person(TestPeople.Tolvan));
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };
        using var services = Services(o => o.PopulationRegistry.RetryDelay = TimeSpan.FromMilliseconds(1));
        var registry = Registry(services);

        (await http.PutAsJsonAsync("control/status", new { available = false })).Dispose();
        await Assert.ThrowsAsync<RegistryUnavailableException>(() => registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));
        (await http.PutAsJsonAsync("control/status", new { available = true })).Dispose();

        Assert.NotNull(await registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_OneTransientFailure_RetriesAndReturnsPerson()
    {
        Simulator.PutPerson(Person(TestPeople.Tolvan));
        Simulator.FailNextRequests(1);
        using var services = Services(o => o.PopulationRegistry.RetryDelay = TimeSpan.FromMilliseconds(1));

        var person = await Registry(services).FindAsync(TestPeople.Tolvan, CancellationToken.None);

        Assert.NotNull(person);
        Assert.Equal(2, Simulator.RequestCount);
    }

    [Fact]
    public async Task FindAsync_RegistryTooSlow_ThrowsRegistryUnavailableException()
    {
        Simulator.PutPerson(Person(TestPeople.Tolvan));
        Simulator.ResponseDelay = TimeSpan.FromSeconds(30);
        using var services = Services(o =>
        {
            o.PopulationRegistry.Timeout = TimeSpan.FromMilliseconds(200);
            o.PopulationRegistry.MaxRetryAttempts = 0;
        });

        var e = await Assert.ThrowsAsync<RegistryUnavailableException>(
            () => Registry(services).FindAsync(TestPeople.Tolvan, CancellationToken.None));
        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(e.InnerException);
    }

    [Fact]
    public async Task FindAsync_ListenerThatNeverAnswers_ThrowsRegistryUnavailableException()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var services = AdapterServices.Create(o =>
        {
            o.PopulationRegistry.BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/");
            o.PopulationRegistry.Timeout = TimeSpan.FromMilliseconds(200);
            o.PopulationRegistry.MaxRetryAttempts = 1;
            o.PopulationRegistry.RetryDelay = TimeSpan.FromMilliseconds(1);
        });

        await Assert.ThrowsAsync<RegistryUnavailableException>(
            () => Registry(services).FindAsync(TestPeople.Tolvan, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_NothingListening_ThrowsRegistryUnavailableException()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var services = AdapterServices.Create(o =>
        {
            o.PopulationRegistry.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
            o.PopulationRegistry.RetryDelay = TimeSpan.FromMilliseconds(1);
        });

        await Assert.ThrowsAsync<RegistryUnavailableException>(
            () => Registry(services).FindAsync(TestPeople.Tolvan, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_AfterRepeatedFailures_OpensCircuitWithoutAskingRegistry()
    {
        Simulator.PutPerson(Person(TestPeople.Tolvan));
        Simulator.SetAvailable(false);
        using var services = Services(o =>
        {
            o.PopulationRegistry.MaxRetryAttempts = 0;
            o.PopulationRegistry.CircuitBreakerMinimumThroughput = 2;
            o.PopulationRegistry.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(5);
        });
        var registry = Registry(services);
        await Assert.ThrowsAsync<RegistryUnavailableException>(() => registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));
        await Assert.ThrowsAsync<RegistryUnavailableException>(() => registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));
        Simulator.SetAvailable(true);
        var asked = Simulator.RequestCount;

        var e = await Assert.ThrowsAsync<RegistryUnavailableException>(
            () => registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));

        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(e.InnerException);
        Assert.Equal(asked, Simulator.RequestCount);
    }

    [Fact]
    public async Task FindAsync_AnswerStallsAfterHeaders_ThrowsRegistryUnavailableException()
    {
        await using var stalling = await Http.LocalServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = FhirJson.MediaType;
            await context.Response.WriteAsync("""{"resourceType":"Bundle","type":"searchset","entry":[""", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        });
        using var services = AdapterServices.Create(o =>
        {
            o.PopulationRegistry.BaseAddress = stalling.BaseAddress;
            o.PopulationRegistry.Timeout = TimeSpan.FromMilliseconds(300);
            o.PopulationRegistry.MaxRetryAttempts = 1;
            o.PopulationRegistry.RetryDelay = TimeSpan.FromMilliseconds(1);
        });

        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // only so that a broken pipeline fails, not hangs

        var e = await Assert.ThrowsAsync<RegistryUnavailableException>(() => Registry(services).FindAsync(TestPeople.Tolvan, guard.Token));

        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(e.InnerException);
        Assert.Equal(2, stalling.RequestCount);
    }

    [Fact]
    public async Task IsReachableAsync_CircuitOpen_ReportsRegistryAsItIsNow()
    {
        Simulator.PutPerson(Person(TestPeople.Tolvan));
        Simulator.SetAvailable(false);
        using var services = Services(o =>
        {
            o.PopulationRegistry.MaxRetryAttempts = 0;
            o.PopulationRegistry.CircuitBreakerMinimumThroughput = 2;
            o.PopulationRegistry.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(5);
        });
        var registry = Registry(services);
        await Assert.ThrowsAsync<RegistryUnavailableException>(() => registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));
        await Assert.ThrowsAsync<RegistryUnavailableException>(() => registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));
        Assert.False(await registry.IsReachableAsync(CancellationToken.None));
        Simulator.SetAvailable(true);

        Assert.True(await registry.IsReachableAsync(CancellationToken.None));
        var e = await Assert.ThrowsAsync<RegistryUnavailableException>(() => registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));
        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(e.InnerException);
    }

    [Fact]
    public async Task FindAsync_RetriedFailedAndRefused_LogsNoPersonnummer()
    {
        Simulator.PutPerson(Person(TestPeople.Tolvan));
        var logs = new CapturedLogs();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        collection.AddHubAdapters(o =>
        {
            o.PopulationRegistry.BaseAddress = Simulator.BaseAddress;
            o.PopulationRegistry.RetryDelay = TimeSpan.FromMilliseconds(1);
            o.PopulationRegistry.CircuitBreakerMinimumThroughput = 2;
            o.PopulationRegistry.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(5);
        });
        using var services = collection.BuildServiceProvider();
        var registry = Registry(services);
        Simulator.FailNextRequests(1);
        Assert.NotNull(await registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));
        Simulator.SetAvailable(false);

        await Assert.ThrowsAsync<RegistryUnavailableException>(() => registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));
        await Assert.ThrowsAsync<RegistryUnavailableException>(() => registry.FindAsync(TestPeople.Tolvan, CancellationToken.None));

        Assert.Contains(logs.Lines, l => l.Contains("OnRetry", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("OnCircuitOpened", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(TestPeople.Tolvan.Value, StringComparison.Ordinal)
            || l.Contains("121212-1212", StringComparison.Ordinal));
    }

    private static IPopulationRegistry Registry(ServiceProvider services) => services.GetRequiredService<IPopulationRegistry>();

    private static SimulatedPerson Person(Personnummer personnummer) => new()
    {
        Personnummer = personnummer.Value,
        GivenName = "Tolvan",
        FamilyName = "Tolvansson",
        Region = "01",
    };

    private ServiceProvider Services(Action<Adapters.HubAdapterOptions>? configure = null) =>
        AdapterServices.Create(o =>
        {
            o.PopulationRegistry.BaseAddress = Simulator.BaseAddress;
            configure?.Invoke(o);
        });
}
