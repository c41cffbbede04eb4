using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Benchmarks.Harness;

namespace IntegrationHub.Benchmarks.Gateway;

/// <summary>
/// Resident logins through a running local hub (simulation mode): creates the residents and one assertion per login
/// first (not timed; the gateway refuses a replayed assertion), then times <c>POST /auth/resident/login</c> from a
/// fixed number of concurrent callers. Bounded by the count and by a deadline; 127.0.0.1 only.
/// </summary>
internal static class LoginLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var hub = new Uri(Option(args, "--hub") ?? "http://127.0.0.1:8080");
        var count = int.Parse(Option(args, "--count") ?? "20000", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Option(args, "--concurrency") ?? "64", CultureInfo.InvariantCulture);
        var warmup = int.Parse(Option(args, "--warmup") ?? "1000", CultureInfo.InvariantCulture);
        var maxSeconds = int.Parse(Option(args, "--max-seconds") ?? "120", CultureInfo.InvariantCulture);
        var offset = int.Parse(Option(args, "--first") ?? "0", CultureInfo.InvariantCulture);
        var cookiesOut = Option(args, "--cookies");
        var cpuPid = Option(args, "--cpu-pid");
        if (!IPAddress.TryParse(hub.Host, out var address) || !IPAddress.IsLoopback(address))
        {
            Console.Error.WriteLine("login: --hub must be a 127.0.0.1 address");
            return 2;
        }

        if (count is < 1 or > 200_000 || concurrency is < 1 or > 1024 || warmup is < 0 or > 100_000 || maxSeconds is < 1 or > 600)
        {
            Console.Error.WriteLine("login: --count 1..200000, --concurrency 1..1024, --warmup 0..100000, --max-seconds 1..600");
            return 2;
        }

        using var http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { BaseAddress = hub, Timeout = TimeSpan.FromSeconds(30) };

        // Not timed: residents in the simulated registry and one fresh assertion per login.
        var total = warmup + count;
        var setup = Stopwatch.StartNew();
        var assertions = new string[total];
        await Parallel.ForEachAsync(Enumerable.Range(0, total), new ParallelOptions { MaxDegreeOfParallelism = Math.Min(concurrency, 32) }, async (i, ct) =>
        {
            var personnummer = Personnummer(offset + i);
            using (var put = await http.PutAsJsonAsync("/sim/population/persons", new { personnummer, givenName = "Bench", familyName = $"Resident{offset + i}", region = "01" }, ct))
            {
                put.EnsureSuccessStatusCode();
            }

            using var idp = await http.PostAsJsonAsync("/sim/idp/resident", new { personnummer, method = "bankid" }, ct);
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
        var cpuBefore = CpuSeconds(cpuPid);
        var run = await RunLoginsAsync(http, assertions[warmup..], concurrency, TimeSpan.FromSeconds(maxSeconds), cookies);
        var cpu = CpuSeconds(cpuPid) - cpuBefore;
        Console.WriteLine($"resident logins, {concurrency} concurrent: {run.Summary}");
        if (cpuPid is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hub CPU: {cpu:F1} s for {run.Summary.Operations:N0} logins = {cpu * 1e6 / Math.Max(1, run.Summary.Operations):F0} µs per login"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p95 {run.P95Micros / 1000:F2} ms; by status: {string.Join(", ", run.ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value:N0}"))}"));
        if (cookies is not null)
        {
            await File.WriteAllLinesAsync(cookiesOut!, cookies);
        }

        return run.ByStatus.Keys.All(s => s == 200) ? 0 : 1;
    }

    private static async Task<LoginRun> RunLoginsAsync(HttpClient http, string[] assertions, int concurrency, TimeSpan limit, ConcurrentBag<string>? cookies)
    {
        var next = -1;
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        var byStatus = new ConcurrentDictionary<int, long>();
        var latencies = new long[assertions.Length];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < assertions.Length && Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    using var response = await http.PostAsJsonAsync("/auth/resident/login", new { assertion = assertions[i] });
                    _ = await response.Content.ReadAsByteArrayAsync();
                    status = (int)response.StatusCode;
                    if (status == 200 && cookies is not null && response.Headers.TryGetValues("Set-Cookie", out var set))
                    {
                        cookies.Add(set.First().Split(';')[0]);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }

                latencies[i] = Stopwatch.GetTimestamp() - start;
                byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        })));
        clock.Stop();
        var done = byStatus.Values.Sum();
        var recorder = new LatencyRecorder(assertions.Length);
        foreach (var ticks in latencies.Where(t => t > 0))
        {
            recorder.Record(ticks);
        }

        var summary = LatencyRecorder.Summarize([recorder], clock.Elapsed, done);
        var p95 = LatencyRecorder.Percentile([recorder], 0.95);
        return new LoginRun(summary, p95, byStatus);
    }

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

    /// <summary>User + system CPU seconds of a process on this machine (Linux /proc), or 0 without one.</summary>
    private static double CpuSeconds(string? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return 0;
        }

        // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / 100.0; // USER_HZ is 100 on Linux
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private sealed record AssertionBody(string Assertion);

    private sealed record LoginRun(LatencySummary Summary, double P95Micros, ConcurrentDictionary<int, long> ByStatus);
}
