using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace IntegrationHub.Chaos;

/// <summary>
/// Steady logins and case creations through every gateway while the schedule kills a silo (kill -9), starts it again and
/// restarts PostgreSQL; locks measured end to end before, during and after. Every case the hub acknowledged is looked
/// for afterwards.
/// </summary>
internal sealed class ChaosRun(ClusterInfo cluster, string clusterScript, string clusterDirectory, TimeSpan duration, int workers)
{
    private readonly Stopwatch clock = new();
    private readonly ConcurrentBag<Attempt> attempts = [];
    private readonly ConcurrentBag<Fault> faults = [];
    private readonly ConcurrentBag<LockProbe> locks = [];
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> acknowledged = new(StringComparer.Ordinal);
    private readonly Simulators simulators = new(cluster.Simulators);
    private string clinic = string.Empty;
    private Browser staff = null!;

    private double Now => clock.Elapsed.TotalSeconds;

    public async Task<ChaosReport> RunAsync()
    {
        await SeedAsync();
        clock.Start();
        using var stop = new CancellationTokenSource(duration);
        var load = Enumerable.Range(0, workers).Select(i => WorkAsync(i, stop.Token)).ToList();
        var schedule = ScheduleAsync(stop.Token);
        await Task.WhenAll(load);
        await schedule;
        var lost = await VerifyAsync();
        return new ChaosReport(duration.TotalSeconds, [.. attempts.OrderBy(a => a.At)], [.. faults.OrderBy(f => f.At)], [.. locks.OrderBy(l => l.At)], acknowledged.Values.Sum(c => c.Count), lost);
    }

    private async Task SeedAsync()
    {
        clinic = People.HsaId();
        await simulators.ClinicAsync(clinic);
        var admin = People.HsaId();
        await simulators.StaffAsync(admin, "01", [], clinic);
        staff = new Browser();
        await LogInStaffAsync(staff, cluster.Gateways[0], admin);
        using var configured = await staff.PutJsonAsync(cluster.Gateways[0], $"/staff/clinics/{clinic}/case-types/ask-nurse", new { active = true, attachmentsAllowed = false, proxyAllowed = true }, CancellationToken.None);
        configured.EnsureSuccessStatusCode();
    }

    /// <summary>One resident after another: log in through one gateway, submit a case through another.</summary>
    private async Task WorkAsync(int worker, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var personnummer = People.Personnummer(40);
            await simulators.PersonAsync(personnummer, "01");
            using var browser = new Browser();
            var loginGateway = Random.Shared.Next(cluster.Gateways.Count);
            if (!await TryAsync("login", loginGateway, () => LogInResidentAsync(browser, cluster.Gateways[loginGateway], personnummer, stop)))
            {
                continue;
            }

            for (var i = 0; i < 3 && !stop.IsCancellationRequested; i++)
            {
                var key = $"{worker}-{Guid.NewGuid():N}";
                var gateway = (loginGateway + 1 + i) % cluster.Gateways.Count;

                // The same key again is the same case: a client retries a submission it got no answer for.
                for (var attempt = 0; attempt < 5 && !stop.IsCancellationRequested; attempt++)
                {
                    string? caseId = null;
                    if (await TryAsync("case", gateway, async () =>
                    {
                        using var response = await browser.SubmitCaseAsync(cluster.Gateways[gateway], clinic, key, CancellationToken.None);
                        if (response.StatusCode != HttpStatusCode.Created)
                        {
                            throw new HttpRequestException($"{(int)response.StatusCode}", null, response.StatusCode);
                        }

                        caseId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
                    }))
                    {
                        acknowledged.GetOrAdd(personnummer, _ => []).Add(caseId!);
                        break;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
                }
            }
        }
    }

    private async Task<bool> TryAsync(string kind, int gateway, Func<Task> request)
    {
        try
        {
            await request();
            attempts.Add(new Attempt(Now, kind, gateway, true, "ok"));
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or AggregateException)
        {
            var outcome = exception is HttpRequestException { StatusCode: { } status } ? ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) : exception.GetType().Name;
            attempts.Add(new Attempt(Now, kind, gateway, false, outcome));
            return false;
        }
    }

    private async Task ScheduleAsync(CancellationToken stop)
    {
        var total = duration.TotalSeconds;
        await UntilAsync(total * 0.12);
        await ProbeLockAsync("steady");
        await UntilAsync(total * 0.25);
        faults.Add(new Fault(Now, "kill -9 silo 0"));
        Process.GetProcessById(cluster.SiloPids[0]).Kill();
        await ProbeLockAsync("while silo 0 dies");
        await UntilAsync(total * 0.45);
        faults.Add(new Fault(Now, "restart silo 0"));
        await ScriptAsync("restart-silo", "0");
        faults.Add(new Fault(Now, "silo 0 ready again"));
        await UntilAsync(total * 0.65);
        faults.Add(new Fault(Now, "restart PostgreSQL"));
        await ScriptAsync("restart-postgres");
        faults.Add(new Fault(Now, "PostgreSQL up again"));
        await UntilAsync(total * 0.85);
        await ProbeLockAsync("after the faults");

        async Task UntilAsync(double second)
        {
            var wait = TimeSpan.FromSeconds(second - Now);
            if (wait > TimeSpan.Zero && !stop.IsCancellationRequested)
            {
                await Task.Delay(wait, CancellationToken.None);
            }
        }
    }

    private async Task ScriptAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(clusterScript) { RedirectStandardError = true };
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(clusterDirectory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
    }

    /// <summary>
    /// A resident logged in through the last gateway; staff file, decide and execute a lock through the first; from the
    /// execution's 200, the resident's requests through the last gateway until the first 401.
    /// </summary>
    private async Task ProbeLockAsync(string condition)
    {
        var started = Now;
        try
        {
            var personnummer = People.Personnummer(35);
            await simulators.PersonAsync(personnummer, "05");
            using var resident = new Browser();
            var watched = cluster.Gateways[^1];
            await RetryAsync(() => LogInResidentAsync(resident, watched, personnummer, CancellationToken.None));
            var physician = People.HsaId();
            var support = People.HsaId();
            await simulators.StaffAsync(physician, "05", ["patient-responsible-physician"]);
            await simulators.StaffAsync(support, "05", ["central-support"]);
            using var physicianBrowser = new Browser();
            using var supportBrowser = new Browser();
            var desk = cluster.Gateways[0];
            await RetryAsync(() => LogInStaffAsync(physicianBrowser, desk, physician));
            await RetryAsync(() => LogInStaffAsync(supportBrowser, desk, support));
            string? id = null;
            await RetryAsync(async () =>
            {
                using var filed = await physicianBrowser.PostJsonAsync(desk, "/staff/lock-requests", new { personnummer, origin = "staff", reason = "violence" }, CancellationToken.None);
                filed.EnsureSuccessStatusCode();
                id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            });
            await RetryAsync(async () =>
            {
                using var decided = await physicianBrowser.PostJsonAsync(desk, $"/staff/lock-requests/{id}/decision", new { approve = true }, CancellationToken.None);
                if (decided.StatusCode != HttpStatusCode.Conflict)
                {
                    decided.EnsureSuccessStatusCode();
                }
            });
            await RetryAsync(async () =>
            {
                using var executed = await supportBrowser.PostJsonAsync(desk, $"/staff/lock-requests/{id}/execute", new { }, CancellationToken.None);
                if (executed.StatusCode != HttpStatusCode.Forbidden)
                {
                    executed.EnsureSuccessStatusCode();
                }
            });
            var locked = Stopwatch.StartNew();
            while (locked.Elapsed < TimeSpan.FromSeconds(30))
            {
                try
                {
                    using var response = await resident.GetAsync(watched, "/api/me", CancellationToken.None);
                    if (response.StatusCode == HttpStatusCode.Unauthorized)
                    {
                        locks.Add(new LockProbe(started, condition, locked.Elapsed.TotalMilliseconds, "refused"));
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(TimeSpan.FromMilliseconds(10));
            }

            locks.Add(new LockProbe(started, condition, null, "not refused within 30 s"));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or AggregateException or InvalidOperationException)
        {
            locks.Add(new LockProbe(started, condition, null, $"probe failed: {exception.GetType().Name}"));
        }
    }

    /// <summary>
    /// Every case the hub acknowledged must be in its resident's inbox: the number that is not. A commit's effects (the
    /// inbox row) may still be on their way after a fault, so each resident is asked until the cases are there or a minute
    /// and a half has passed: a case missing then is lost.
    /// </summary>
    private async Task<int> VerifyAsync()
    {
        var patience = Stopwatch.StartNew();
        var missing = acknowledged.ToDictionary(p => p.Key, p => p.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        while (true)
        {
            foreach (var (personnummer, cases) in missing.Where(m => m.Value.Count > 0).ToList())
            {
                using var browser = new Browser();
                await RetryAsync(() => LogInResidentAsync(browser, cluster.Gateways[0], personnummer, CancellationToken.None));
                await RetryAsync(async () =>
                {
                    using var response = await browser.GetAsync(cluster.Gateways[^1], "/api/cases", CancellationToken.None);
                    response.EnsureSuccessStatusCode();
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    var list = body.ValueKind == JsonValueKind.Array ? body : body.GetProperty("cases");
                    cases.ExceptWith(list.EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
                });
            }

            var lost = missing.Values.Sum(c => c.Count);
            if (lost == 0 || patience.Elapsed > TimeSpan.FromSeconds(90))
            {
                return lost;
            }

            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    private async Task LogInResidentAsync(Browser browser, Uri gateway, string personnummer, CancellationToken cancellationToken) =>
        await LogInAsync(browser, gateway, "/auth/resident/login", await simulators.ResidentAssertionAsync(personnummer), cancellationToken);

    private async Task LogInStaffAsync(Browser browser, Uri gateway, string hsaId) =>
        await LogInAsync(browser, gateway, "/auth/staff/login", await simulators.StaffAssertionAsync(hsaId), CancellationToken.None);

    private static async Task LogInAsync(Browser browser, Uri gateway, string path, string assertion, CancellationToken cancellationToken)
    {
        using var response = await browser.PostJsonAsync(gateway, path, new { assertion }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}", null, response.StatusCode);
        }
    }

    private static async Task RetryAsync(Func<Task> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action();
                return;
            }
            catch (Exception exception) when (attempt < 60 && exception is HttpRequestException or TaskCanceledException or AggregateException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }
}
