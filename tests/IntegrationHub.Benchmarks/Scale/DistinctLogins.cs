using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using IntegrationHub.Benchmarks.Gateway;
using IntegrationHub.Benchmarks.Harness;

namespace IntegrationHub.Benchmarks.Scale;

/// <summary>
/// Many distinct residents, each once: the resident is put into the registry simulator and given an assertion, logs in
/// through the gateway (timed) and logs out (ending the session, whose grain then deactivates; an account grain stays
/// until the silo collects it as idle). Every <c>--sample-seconds</c> it prints the silo's resident memory (RSS, from
/// /proc) and its activation count (Orleans' <c>orleans_catalog_activations</c> from the silo's <c>/metrics</c>), so
/// that a series shows whether memory stays flat while idle activations are collected. Bounded by the count and by
/// <c>--seconds</c>; after the logins it keeps sampling for <c>--tail-seconds</c> (collection continuing). 127.0.0.1 only.
/// </summary>
internal static class DistinctLogins
{
    private const string ActivationsMetric = "orleans_catalog_activations";

    public static async Task<int> RunAsync(string[] args)
    {
        var hub = new Uri(Cli.Option(args, "--hub") ?? "http://127.0.0.1:8080");
        var sim = new Uri(Cli.Option(args, "--sim") ?? hub.ToString());
        var metrics = new Uri(Cli.Option(args, "--silo-metrics") ?? "http://127.0.0.1:8081/metrics");
        var siloPid = Cli.Option(args, "--silo-pid");
        var first = Cli.Int(args, "--first", 0);
        var count = Cli.Int(args, "--count", 100_000);
        var concurrency = Cli.Int(args, "--concurrency", 16);
        var seconds = Cli.Int(args, "--seconds", 600);
        var tailSeconds = Cli.Int(args, "--tail-seconds", 0);
        var sampleSeconds = Cli.Int(args, "--sample-seconds", 10);
        if (!LoginLoad.IsLoopback(hub) || !LoginLoad.IsLoopback(sim) || !LoginLoad.IsLoopback(metrics))
        {
            Console.Error.WriteLine("distinct-logins: --hub, --sim and --silo-metrics must be 127.0.0.1 addresses");
            return 2;
        }

        if (first < 0 || count is < 1 or > 2_000_000 || concurrency is < 1 or > 256 || seconds is < 1 or > 3600 || tailSeconds is < 0 or > 1800 || sampleSeconds < 1)
        {
            Console.Error.WriteLine("distinct-logins: --count 1..2000000, --concurrency 1..256, --seconds 1..3600, --tail-seconds 0..1800");
            return 2;
        }

        using var http = LoginLoad.Client(hub, concurrency);
        using var simulators = LoginLoad.Client(sim, concurrency);
        using var scrape = LoginLoad.Client(metrics, 1);
        var loginTicks = new long[count];
        var done = 0;
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        Console.WriteLine("seconds  logins  logins/s(last)  silo RSS  activations  load");
        var sampler = SampleAsync(scrape, metrics, siloPid, sampleSeconds, clock, () => Volatile.Read(ref done), stop.Token);
        var load = Machine.Load();
        var run = await ClosedLoop.RunAsync(count, concurrency, TimeSpan.FromSeconds(seconds), async i =>
        {
            var personnummer = LoginLoad.Personnummer(first + i);
            using (var put = await simulators.PutAsJsonAsync("/sim/population/persons", new { personnummer, givenName = "Bench", familyName = $"Resident{first + i}", region = "01" }))
            {
                put.EnsureSuccessStatusCode();
            }

            string assertion;
            using (var idp = await simulators.PostAsJsonAsync("/sim/idp/resident", new { personnummer, method = "bankid" }))
            {
                idp.EnsureSuccessStatusCode();
                assertion = (await idp.Content.ReadFromJsonAsync<AssertionBody>())!.Assertion;
            }

            var start = Stopwatch.GetTimestamp();
            string? cookie = null;
            using (var login = await http.PostAsJsonAsync("/auth/resident/login", new { assertion }))
            {
                _ = await login.Content.ReadAsByteArrayAsync();
                loginTicks[i] = Stopwatch.GetTimestamp() - start;
                if (login.StatusCode != System.Net.HttpStatusCode.OK)
                {
                    return (int)login.StatusCode;
                }

                cookie = login.Headers.TryGetValues("Set-Cookie", out var set) ? set.First().Split(';')[0] : null;
            }

            using var logout = new HttpRequestMessage(HttpMethod.Post, "/auth/logout");
            logout.Headers.Add("Cookie", cookie);
            using var ended = await http.SendAsync(logout);
            Interlocked.Increment(ref done);
            return ended.StatusCode == System.Net.HttpStatusCode.NoContent ? 200 : 1000 + (int)ended.StatusCode;
        });
        var visits = clock.Elapsed;
        if (tailSeconds > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(tailSeconds));
        }

        await stop.CancelAsync();
        await sampler;

        var recorder = new LatencyRecorder(count);
        foreach (var ticks in loginTicks.Where(t => t > 0))
        {
            recorder.Record(ticks);
        }

        var logins = LatencyRecorder.Summarize([recorder], visits, recorder.Count);
        Console.WriteLine($"distinct residents, {concurrency} concurrent (registry put + assertion + login + logout each; the login alone timed): {run.Summary.Operations:N0} visits in {visits.TotalSeconds:F0} s; by status: {run.Statuses} (200 = logged in and out)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"logins: {logins}; load {load} -> {Machine.Load()}"));
        return run.AllAre(200) ? 0 : 1;
    }

    private static async Task SampleAsync(HttpClient scrape, Uri metrics, string? siloPid, int sampleSeconds, Stopwatch clock, Func<int> done, CancellationToken stop)
    {
        var last = 0;
        var lastAt = TimeSpan.Zero;
        while (true)
        {
            var at = clock.Elapsed;
            var now = done();
            var rate = (now - last) / Math.Max(0.001, (at - lastAt).TotalSeconds);
            var activations = await ActivationsAsync(scrape, metrics);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{at.TotalSeconds,7:F0}  {now,6:N0}  {rate,14:N0}  {Rss(siloPid),8}  {activations,11}  {Machine.Load().Split(' ')[0]}"));
            (last, lastAt) = (now, at);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(sampleSeconds), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The silo's resident set size (VmRSS), or "?" without a pid.</summary>
    private static string Rss(string? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/status"))
        {
            return "?";
        }

        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? "?" : Machine.Mib(long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024);
    }

    /// <summary>The sum of the silo's <c>orleans_catalog_activations</c> samples (all grain types), or "?" when not exported.</summary>
    private static async Task<string> ActivationsAsync(HttpClient scrape, Uri metrics)
    {
        try
        {
            var text = await scrape.GetStringAsync(metrics);
            // A sample line is "name{labels} value" or "name value"; the value is the first field after the name and labels.
            var values = text.Split('\n')
                .Where(l => l.StartsWith(ActivationsMetric, StringComparison.Ordinal) && l.Length > ActivationsMetric.Length && l[ActivationsMetric.Length] is ' ' or '{')
                .Select(l => l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0])
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture))
                .ToList();
            return values.Count == 0 ? "?" : values.Sum().ToString("N0", CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException)
        {
            return "?";
        }
    }

    private sealed record AssertionBody(string Assertion);
}
