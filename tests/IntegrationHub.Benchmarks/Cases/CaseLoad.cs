using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Benchmarks.Gateway;
using IntegrationHub.Benchmarks.Harness;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Benchmarks.Cases;

/// <summary>
/// Case submission with one attachment against a running local hub (simulation mode), 127.0.0.1 only, bounded in
/// count and time (issue 12):
/// <list type="number">
/// <item>sets up a clinic in the simulated HSA directory with <c>ask-nurse</c> active and attachments allowed, an
/// administrator, and logs in a pool of residents (one fresh assertion each), all untimed;</item>
/// <item>times <c>POST /api/cases</c> (multipart: the part <c>case</c> and one 1 MB <c>file</c> whose first bytes make
/// it a PDF) from closed-loop callers: cases/s, p50/p95/p99, count by status, hub CPU per case;</item>
/// <item>with <c>--postgres CONN</c> (the hub's own database): checks that every accepted case kept its attachment in
/// the store, then times the peer, the same bytes inserted straight into that database (one 1 MB <c>bytea</c> row per
/// insert, the same callers and count), and prints the ratio.</item>
/// </list>
/// </summary>
internal static class CaseLoad
{
    private const string CaseType = "ask-nurse";

    public static async Task<int> RunAsync(string[] args)
    {
        var hub = new Uri(Cli.Option(args, "--hub") ?? "http://127.0.0.1:8080");
        var count = Cli.Int(args, "--count", 5000);
        var warmup = Cli.Int(args, "--warmup", 300);
        var concurrency = Cli.Int(args, "--concurrency", 32);
        var residents = Cli.Int(args, "--residents", 256);
        var maxSeconds = Cli.Int(args, "--max-seconds", 120);
        var fileBytes = Cli.Int(args, "--file-bytes", 1024 * 1024);
        var first = Cli.Int(args, "--first", 500_000);
        var postgres = Cli.Option(args, "--postgres");
        var cpuPid = Cli.Option(args, "--cpu-pid");
        if (!IPAddress.TryParse(hub.Host, out var address) || !IPAddress.IsLoopback(address))
        {
            Console.Error.WriteLine("cases: --hub must be a 127.0.0.1 address");
            return 2;
        }

        if (count is < 1 or > 50_000 || warmup is < 0 or > 10_000 || concurrency is < 1 or > 512 || residents is < 1 or > 10_000
            || maxSeconds is < 1 or > 600 || fileBytes is < 16 or > 20 * 1024 * 1024)
        {
            Console.Error.WriteLine("cases: --count 1..50000, --warmup 0..10000, --concurrency 1..512, --residents 1..10000, --max-seconds 1..600, --file-bytes 16..20971520 [--postgres CONN] [--cpu-pid PID]");
            return 2;
        }

        using var http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = Math.Max(concurrency, 32),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { BaseAddress = hub, Timeout = TimeSpan.FromSeconds(60) };

        // Untimed: the clinic, its staff, the case type, the residents' sessions.
        var setup = Stopwatch.StartNew();
        var run = (int)(Stopwatch.GetTimestamp() % 9000) + 1000;
        var clinic = $"SE2321000016-B{run:D4}";
        var admin = $"SE2321000016-A{run:D4}";
        await Ok(http.PutAsJsonAsync("/sim/hsa/clinics", new { hsaId = clinic, name = "Vårdcentralen Bänk", region = "01" }));
        await Ok(http.PutAsJsonAsync("/sim/hsa/staff", new { hsaId = admin, givenName = "Bench", familyName = admin[^4..], region = "01", roles = Array.Empty<string>(), clinics = new[] { new { hsaId = clinic, rights = new[] { "admin" } } } }));

        var adminCookie = await LoginAsync(http, "/sim/idp/staff", new { hsaId = admin }, "/auth/staff/login");
        using (var configure = new HttpRequestMessage(HttpMethod.Put, $"/staff/clinics/{clinic}/case-types/{CaseType}") { Content = JsonContent.Create(new { active = true, attachmentsAllowed = true, proxyAllowed = true }) })
        {
            configure.Headers.Add("Cookie", adminCookie);
            await Ok(http.SendAsync(configure));
        }

        var cookies = new string[residents];
        await Parallel.ForEachAsync(Enumerable.Range(0, residents), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var personnummer = LoginLoad.Personnummer(first + i);
            await Ok(http.PutAsJsonAsync("/sim/population/persons", new { personnummer, givenName = "Bench", familyName = $"Resident{first + i}", region = "01" }, ct));
            cookies[i] = await LoginAsync(http, "/sim/idp/resident", new { personnummer, method = "bankid" }, "/auth/resident/login");
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"setup: clinic {clinic} ({CaseType}, attachments allowed), an admin, {residents:N0} residents logged in, in {setup.Elapsed.TotalSeconds:F1} s (not timed); load {Machine.Load()}"));

        // The file: a PDF by its first bytes, padded to the size; the same bytes for every request (not copied per request).
        var file = new byte[fileBytes];
        "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8.CopyTo(file);
        for (var k = 32; k < file.Length - 8; k++)
        {
            file[k] = (byte)('0' + (k % 10));
        }

        "\n%%EOF\n"u8.CopyTo(file.AsSpan(file.Length - 7));
        var caseJson = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { clinicId = clinic, caseType = CaseType, fields = new { question = "Hur länge ska jag ta medicinen? Bifogar remissvaret." } }));

        long accepted = 0;
        if (warmup > 0)
        {
            var warm = await ClosedLoop.RunAsync(warmup, concurrency, TimeSpan.FromSeconds(maxSeconds), i => SubmitAsync(http, cookies[i % cookies.Length], caseJson, file));
            Console.WriteLine($"warm-up ({warmup:N0} cases, not counted): {warm.Summary}; by status: {warm.Statuses}");
            accepted += warm.ByStatus.GetValueOrDefault(201);
        }

        var load0 = Machine.Load();
        var cpu0 = Machine.CpuSeconds(cpuPid);
        var timed = await ClosedLoop.RunAsync(count, concurrency, TimeSpan.FromSeconds(maxSeconds), i => SubmitAsync(http, cookies[i % cookies.Length], caseJson, file));
        var cpu = Machine.CpuSeconds(cpuPid) - cpu0;
        accepted += timed.ByStatus.GetValueOrDefault(201);
        Console.WriteLine($"hub: case submits with a {fileBytes / 1024.0:N0} KiB PDF, {concurrency} concurrent, {residents} residents: {timed.Summary}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  p95 {timed.P95Micros / 1000:F2} ms; by status: {timed.Statuses}; {timed.Summary.PerSecond * fileBytes / 1048576.0:N0} MiB/s of attachments; load {load0} -> {Machine.Load()}"));
        if (cpuPid is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  hub CPU: {cpu:F1} s for {timed.Summary.Operations:N0} cases = {cpu * 1e6 / Math.Max(1, timed.Summary.Operations):F0} µs per case"));
        }

        var ok = timed.AllAre(201) && timed.Summary.Operations == count;
        if (postgres is null)
        {
            return ok ? 0 : 1;
        }

        // Every accepted case kept its file in the store, whole.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(postgres) { MaxPoolSize = Math.Max(concurrency + 4, 20) }.ConnectionString);
        await using (var kept = dataSource.CreateCommand("SELECT count(*), coalesce(sum(length), 0)::bigint FROM hub_attachments WHERE kept"))
        await using (var reader = await kept.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            var (files, bytes) = (reader.GetInt64(0), reader.GetInt64(1));
            var whole = files == accepted && bytes == files * fileBytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  store: {files:N0} kept attachments for {accepted:N0} accepted cases, {bytes / 1048576.0:N0} MiB ({(whole ? "one whole file each" : "NOT one whole file per case")})"));
            ok &= whole;
        }

        var peer = await RawInsertsAsync(dataSource, file, count, concurrency, TimeSpan.FromSeconds(maxSeconds));
        var ratio = timed.Summary.PerSecond / peer.Summary.PerSecond;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT cases: hub {timed.Summary.PerSecond:N0} cases/s, raw {fileBytes / 1024.0:N0} KiB inserts {peer.Summary.PerSecond:N0}/s, ratio {ratio:F2}; goals ≥ 150/s: {(timed.Summary.PerSecond >= 150 ? "met" : "missed")}, ≥ 0.5 × raw: {(ratio >= 0.5 ? "met" : "missed")}; load {Machine.Load()}"));
        return ok && peer.AllAre(201) ? 0 : 1;
    }

    /// <summary>The peer: the same bytes inserted straight into the hub's database, one row per insert, then the table dropped.</summary>
    private static async Task<LoadRun> RawInsertsAsync(NpgsqlDataSource dataSource, byte[] file, int count, int concurrency, TimeSpan limit)
    {
        await using (var create = dataSource.CreateCommand("CREATE TABLE bench_raw_inserts (id uuid PRIMARY KEY, data bytea NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var load = Machine.Load();
            var run = await ClosedLoop.RunAsync(count, concurrency, limit, async _ =>
            {
                await using var insert = dataSource.CreateCommand("INSERT INTO bench_raw_inserts (id, data) VALUES (@id, @data)");
                insert.Parameters.AddWithValue("id", Guid.CreateVersion7());
                insert.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Bytea) { Value = file });
                return await insert.ExecuteNonQueryAsync() == 1 ? 201 : 500;
            });
            Console.WriteLine($"peer: raw {file.Length / 1024.0:N0} KiB inserts into the same database, {concurrency} concurrent: {run.Summary}; by status: {run.Statuses}; load {load} -> {Machine.Load()}");
            return run;
        }
        finally
        {
            await using var drop = dataSource.CreateCommand("DROP TABLE IF EXISTS bench_raw_inserts");
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task<int> SubmitAsync(HttpClient http, string cookie, byte[] caseJson, byte[] file)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(caseJson);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(part, "case");
        var attachment = new ByteArrayContent(file);
        attachment.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(attachment, "file", "remissvar.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = content };
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        _ = await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }

    private static async Task<string> LoginAsync(HttpClient http, string idp, object who, string login)
    {
        using var assertion = await http.PostAsJsonAsync(idp, who);
        assertion.EnsureSuccessStatusCode();
        var token = (await assertion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assertion").GetString();
        using var response = await http.PostAsJsonAsync(login, new { assertion = token });
        if (response.StatusCode != HttpStatusCode.OK || !response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            throw new InvalidOperationException($"{login}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return string.Join("; ", set.Select(c => c.Split(';')[0]));
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
