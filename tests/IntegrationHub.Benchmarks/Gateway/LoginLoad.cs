using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Adapters;
using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Benchmarks.Harness;
using IntegrationHub.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Benchmarks.Gateway;

/// <summary>
/// Resident logins through a running hub in simulation mode (the local hub, or a cluster's gateway with its simulator
/// process): creates the residents and one assertion per login first (not timed; the gateway refuses a replayed
/// assertion), then times <c>POST /auth/resident/login</c> from a fixed number of concurrent callers. The peer, in the
/// same run: the login's registry lookup alone (the hub's own registry client, same concurrency, same simulator).
/// Bounded by the count and by a deadline; 127.0.0.1 only.
/// </summary>
internal static class LoginLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var hub = new Uri(Cli.Option(args, "--hub") ?? "http://127.0.0.1:8080");
        var sim = new Uri(Cli.Option(args, "--sim") ?? hub.ToString());
        var count = Cli.Int(args, "--count", 20000);
        var concurrency = Cli.Int(args, "--concurrency", 64);
        var warmup = Cli.Int(args, "--warmup", 1000);
        var maxSeconds = Cli.Int(args, "--max-seconds", 120);
        var offset = Cli.Int(args, "--first", 0);
        var registryPeer = Cli.Int(args, "--registry-peer", 0);
        var cookiesOut = Cli.Option(args, "--cookies");
        var personnummersOut = Cli.Option(args, "--personnummers");
        var cpuPids = (Cli.Option(args, "--cpu-pid") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (!IsLoopback(hub) || !IsLoopback(sim))
        {
            Console.Error.WriteLine("login: --hub and --sim must be 127.0.0.1 addresses");
            return 2;
        }

        if (count is < 1 or > 200_000 || concurrency is < 1 or > 1024 || warmup is < 0 or > 100_000 || maxSeconds is < 1 or > 600 || registryPeer is < 0 or > 200_000)
        {
            Console.Error.WriteLine("login: --count 1..200000, --concurrency 1..1024, --warmup 0..100000, --max-seconds 1..600, --registry-peer 0..200000");
            return 2;
        }

        using var http = Client(hub, concurrency);
        using var simulators = Client(sim, 32);

        // Not timed: residents in the simulated registry and one fresh assertion per login.
        var total = warmup + count;
        var setup = Stopwatch.StartNew();
        var assertions = new string[total];
        await Parallel.ForEachAsync(Enumerable.Range(0, total), new ParallelOptions { MaxDegreeOfParallelism = Math.Min(concurrency, 32) }, async (i, ct) =>
        {
            var personnummer = Personnummer(offset + i);
            using (var put = await simulators.PutAsJsonAsync("/sim/population/persons", new { personnummer, givenName = "Bench", familyName = $"Resident{offset + i}", region = "01" }, ct))
            {
                put.EnsureSuccessStatusCode();
            }

            using var idp = await simulators.PostAsJsonAsync("/sim/idp/resident", new { personnummer, method = "bankid" }, ct);
            idp.EnsureSuccessStatusCode();
            assertions[i] = (await idp.Content.ReadFromJsonAsync<AssertionBody>(ct))!.Assertion;
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"setup: {total:N0} residents and assertions in {setup.Elapsed.TotalSeconds:F1} s (not timed)"));

        if (warmup > 0)
        {
            var warm = await RunLoginsAsync(http, assertions[..warmup], concurrency, TimeSpan.FromSeconds(maxSeconds), null);
            Console.WriteLine($"warm-up ({warmup:N0} logins, not counted): {warm.Summary}");
        }

        var cookies = cookiesOut is null ? null : new ConcurrentBag<string>();
        var load = Machine.Load();
        var cpuBefore = cpuPids.Sum(Machine.CpuSeconds);
        var run = await RunLoginsAsync(http, assertions[warmup..], concurrency, TimeSpan.FromSeconds(maxSeconds), cookies);
        var cpu = cpuPids.Sum(Machine.CpuSeconds) - cpuBefore;
        Console.WriteLine($"resident logins, {concurrency} concurrent: {run.Summary}");
        if (cpuPids.Length > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hub CPU: {cpu:F1} s for {run.Summary.Operations:N0} logins = {cpu * 1e6 / Math.Max(1, run.Summary.Operations):F0} µs per login (processes {string.Join(',', cpuPids)})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p95 {run.P95Micros / 1000:F2} ms; by status: {run.Statuses}; load {load} -> {Machine.Load()}"));
        if (cookies is not null)
        {
            await File.WriteAllLinesAsync(cookiesOut!, cookies);
        }

        // The residents logged in (synthetic numbers), for a later scenario that reads their records (FHIR).
        if (personnummersOut is not null)
        {
            await File.WriteAllLinesAsync(personnummersOut, Enumerable.Range(offset + warmup, count).Select(Personnummer));
        }

        if (registryPeer > 0)
        {
            await RegistryPeerAsync(simulators, offset, total, registryPeer, concurrency, cpuPids, run.Summary);
        }

        return run.AllAre(200) ? 0 : 1;
    }

    /// <summary>
    /// The login's registry lookup alone: the hub's registry client (Refit with its resilience pipeline) in this process
    /// against the same simulator, for the residents just logged in, at the same concurrency.
    /// </summary>
    private static async Task RegistryPeerAsync(HttpClient simulators, int offset, int residents, int lookups, int concurrency, string[] cpuPids, LatencySummary logins)
    {
        var addresses = await simulators.GetFromJsonAsync<Addresses>("/sim/addresses");
        var services = new ServiceCollection();
        services.AddLogging();
        var breakDuration = TimeSpan.Zero;
        services.AddHubAdapters(a =>
        {
            a.PopulationRegistry.BaseAddress = addresses!.PopulationRegistry;
            breakDuration = a.PopulationRegistry.CircuitBreakerBreakDuration;
        });
        await using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<IPopulationRegistry>();
        var numbers = Enumerable.Range(offset, residents).Select(i => IntegrationHub.Identity.Personnummer.Parse(Personnummer(i))).ToArray();
        // Warm-up, not counted: one caller first (JIT, the first connection), then all of them. On this loaded machine a
        // cold client's first concurrent calls can pass the pipeline's 2 s time-out and open its circuit; the timed run
        // then starts after the circuit's break and one caller's lookups have closed it again, so that it measures
        // lookups, not an open circuit.
        var warm = await ClosedLoop.RunAsync(Math.Min(lookups, 100), 1, TimeSpan.FromSeconds(30), i => LookupAsync(registry, numbers[i % numbers.Length]));
        var warmAll = await ClosedLoop.RunAsync(Math.Min(lookups, 2000), concurrency, TimeSpan.FromSeconds(60), i => LookupAsync(registry, numbers[i % numbers.Length]));
        if (!warm.AllAre(200) || !warmAll.AllAre(200))
        {
            Console.WriteLine($"peer warm-up: {warm.Statuses} (1 caller), {warmAll.Statuses} ({concurrency} callers): waiting {breakDuration.TotalSeconds:F0} s for the client's circuit to close");
            await Task.Delay(breakDuration + TimeSpan.FromSeconds(1));
            await ClosedLoop.RunAsync(Math.Min(lookups, 100), 1, TimeSpan.FromSeconds(30), i => LookupAsync(registry, numbers[i % numbers.Length]));
        }

        var load = Machine.Load();
        var cpuBefore = cpuPids.Sum(Machine.CpuSeconds);
        var ownBefore = Machine.OwnCpu();
        var run = await ClosedLoop.RunAsync(lookups, concurrency, TimeSpan.FromSeconds(120), i => LookupAsync(registry, numbers[i % numbers.Length]));
        var hubCpu = cpuPids.Sum(Machine.CpuSeconds) - cpuBefore;
        var ownCpu = Machine.OwnCpu() - ownBefore;
        Console.WriteLine($"peer: the registry lookup alone (the hub's client in this process), {concurrency} concurrent: {run.Summary}; p95 {run.P95Micros / 1000:F2} ms; by status: {run.Statuses}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peer CPU: {ownCpu.TotalMilliseconds * 1000 / Math.Max(1, run.Summary.Operations):F0} µs client side + {hubCpu * 1e6 / Math.Max(1, run.Summary.Operations):F0} µs in the simulator's process per lookup; load {load} -> {Machine.Load()}"));
        if (!run.AllAre(200))
        {
            // A lookup that failed (time-out, open circuit) returns at once: the rate and the ratio below mean nothing.
            Console.WriteLine("peer run INVALID: not every lookup answered 200 (the client's resilience pipeline gave up), so the ratio below is not a comparison");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio: logins/s / lookups/s = {logins.PerSecond / run.Summary.PerSecond:F3}; login p99 / lookup p99 = {logins.P99Micros / run.Summary.P99Micros:F1}"));
    }

    /// <summary>One lookup as a status: 200 found, 404 not, 503 when the client's resilience pipeline gave up (time-out, open circuit), as the login would answer.</summary>
    private static async Task<int> LookupAsync(IPopulationRegistry registry, Personnummer personnummer)
    {
        try
        {
            return await registry.FindAsync(personnummer, CancellationToken.None) is null ? 404 : 200;
        }
        catch (RegistryUnavailableException)
        {
            return 503;
        }
    }

    private static async Task<LoadRun> RunLoginsAsync(HttpClient http, string[] assertions, int concurrency, TimeSpan limit, ConcurrentBag<string>? cookies) =>
        await ClosedLoop.RunAsync(assertions.Length, concurrency, limit, async i =>
        {
            using var response = await http.PostAsJsonAsync("/auth/resident/login", new { assertion = assertions[i] });
            _ = await response.Content.ReadAsByteArrayAsync();
            var status = (int)response.StatusCode;
            if (status == 200 && cookies is not null && response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                cookies.Add(set.First().Split(';')[0]);
            }

            return status;
        });

    internal static HttpClient Client(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    internal static bool IsLoopback(Uri uri) => IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address);

    /// <summary>A valid 12-digit personnummer, distinct for each index: born 1960 onwards, serials 100..899, Luhn digit.</summary>
    internal static string Personnummer(int index)
    {
        var born = new DateOnly(1960, 1, 1).AddDays(index / 800);
        var digits = string.Create(CultureInfo.InvariantCulture, $"{born:yyyyMMdd}{100 + (index % 800):D3}");
        var sum = 0;
        for (var k = 2; k < digits.Length; k++)
        {
            var d = (digits[k] - '0') * ((k - 2) % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return digits + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private sealed record AssertionBody(string Assertion);

    private sealed record Addresses(Uri PopulationRegistry);
}
