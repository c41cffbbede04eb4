using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Benchmarks.Gateway;
using IntegrationHub.Benchmarks.Harness;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Identity;
using IntegrationHub.Runtime.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Benchmarks.Cases;

/// <summary>
/// Issue 5 against a running local hub (simulation mode), 127.0.0.1 only, bounded in count and time:
/// <list type="number">
/// <item>sets up a clinic in the simulated HSA directory with <c>ask-nurse</c> active and attachments allowed, an
/// administrator and a receiver, and logs in a pool of residents (one fresh assertion each), all untimed;</item>
/// <item>times <c>POST /api/cases</c> (multipart: the part <c>case</c> and one 1 MB <c>file</c> whose first bytes make
/// it a PDF) from closed-loop callers: cases/s, p50/p95/p99, count by status, hub CPU per case;</item>
/// <item>optionally (<c>--inbox-seed N</c> with <c>--sqlite PATH</c> or <c>--postgres CONN</c>) seeds N more cases of
/// the same clinic straight into the hub's store, in the shapes read back from a case the hub itself wrote, and times
/// <c>GET /staff/clinics/{clinicId}/cases</c> (first page) as the receiver.</item>
/// </list>
/// </summary>
internal static class CaseLoad
{
    private const string CaseType = "ask-nurse";

    public static async Task<int> RunAsync(string[] args)
    {
        var hub = new Uri(Option(args, "--hub") ?? "http://127.0.0.1:8080");
        var count = Int(args, "--count", 5000);
        var warmup = Int(args, "--warmup", 300);
        var concurrency = Int(args, "--concurrency", 32);
        var residents = Int(args, "--residents", 256);
        var maxSeconds = Int(args, "--max-seconds", 120);
        var fileBytes = Int(args, "--file-bytes", 1024 * 1024);
        var first = Int(args, "--first", 500_000);
        var inboxSeed = Int(args, "--inbox-seed", 0);
        var inboxGets = Int(args, "--inbox-gets", 2000);
        var sqlite = Option(args, "--sqlite");
        var postgres = Option(args, "--postgres");
        var cpuPid = Option(args, "--cpu-pid");
        if (!IPAddress.TryParse(hub.Host, out var address) || !IPAddress.IsLoopback(address))
        {
            Console.Error.WriteLine("cases: --hub must be a 127.0.0.1 address");
            return 2;
        }

        if (count is < 0 or > 50_000 || warmup is < 0 or > 10_000 || concurrency is < 1 or > 512 || residents is < 1 or > 10_000
            || maxSeconds is < 1 or > 600 || fileBytes is < 16 or > 20 * 1024 * 1024 || inboxSeed is < 0 or > 1_000_000 || inboxGets is < 1 or > 100_000
            || (inboxSeed > 0 && (sqlite is null) == (postgres is null)))
        {
            Console.Error.WriteLine("cases: --count 0..50000, --warmup 0..10000, --concurrency 1..512, --residents 1..10000, --max-seconds 1..600, --file-bytes 16..20971520, --inbox-seed 0..1000000 with one of --sqlite PATH / --postgres CONN, --inbox-gets 1..100000");
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
        var receiver = $"SE2321000016-R{run:D4}";
        await Ok(http.PutAsJsonAsync("/sim/hsa/clinics", new { hsaId = clinic, name = "Vårdcentralen Bänk", region = "01" }));
        foreach (var (hsaId, rights) in new[] { (admin, new[] { "admin" }), (receiver, new[] { "receiver" }) })
        {
            await Ok(http.PutAsJsonAsync("/sim/hsa/staff", new { hsaId, givenName = "Bench", familyName = hsaId[^4..], region = "01", roles = Array.Empty<string>(), clinics = new[] { new { hsaId = clinic, rights } } }));
        }

        var adminCookie = await LoginAsync(http, "/sim/idp/staff", new { hsaId = admin }, "/auth/staff/login");
        var receiverCookie = await LoginAsync(http, "/sim/idp/staff", new { hsaId = receiver }, "/auth/staff/login");
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
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"setup: clinic {clinic} ({CaseType}, attachments allowed), admin and receiver, {residents:N0} residents logged in, in {setup.Elapsed.TotalSeconds:F1} s (not timed); load {LoadAverage()}"));

        // The file: a PDF by its first bytes, padded to the size; the same bytes for every request (not copied per request).
        var file = new byte[fileBytes];
        "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8.CopyTo(file);
        for (var k = 32; k < file.Length - 8; k++)
        {
            file[k] = (byte)('0' + (k % 10));
        }

        "\n%%EOF\n"u8.CopyTo(file.AsSpan(file.Length - 7));
        var caseJson = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { clinicId = clinic, caseType = CaseType, fields = new { question = "Hur länge ska jag ta medicinen? Bifogar remissvaret." } }));

        if (warmup > 0)
        {
            var warm = await SubmitAsync(http, cookies, caseJson, file, warmup, concurrency, TimeSpan.FromSeconds(maxSeconds));
            Console.WriteLine($"warm-up ({warmup:N0} cases, not counted): {warm.Summary}; by status: {warm.Statuses}");
        }

        var exit = 0;
        if (count > 0)
        {
            var load0 = LoadAverage();
            var cpu0 = CpuSeconds(cpuPid);
            var timed = await SubmitAsync(http, cookies, caseJson, file, count, concurrency, TimeSpan.FromSeconds(maxSeconds));
            var cpu = CpuSeconds(cpuPid) - cpu0;
            Console.WriteLine($"case submits with a {fileBytes / 1024.0:N0} KiB PDF, {concurrency} concurrent, {residents} residents: {timed.Summary}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p95 {timed.P95Micros / 1000:F2} ms; by status: {timed.Statuses}; {timed.Summary.PerSecond * fileBytes / 1048576.0:N0} MiB/s of attachments"));
            if (cpuPid is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hub CPU: {cpu:F1} s for {timed.Summary.Operations:N0} cases = {cpu * 1e6 / Math.Max(1, timed.Summary.Operations):F0} µs per case"));
            }

            Console.WriteLine($"load before: {load0}; after: {LoadAverage()}");
            exit = timed.ByStatus.Keys.All(s => s == 201) ? 0 : 1;
        }

        if (inboxSeed > 0)
        {
            var seedWatch = Stopwatch.StartNew();
            var seeded = sqlite is not null
                ? await SeedSqliteAsync(sqlite, clinic, inboxSeed)
                : await SeedPostgresAsync(postgres!, clinic, inboxSeed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inbox seed: {seeded} in {seedWatch.Elapsed.TotalSeconds:F1} s (not timed)"));
            var inbox = await TimeInboxAsync(http, receiverCookie, clinic, inboxGets);
            Console.WriteLine(inbox);
            Console.WriteLine($"load after: {LoadAverage()}");
        }

        return exit;
    }

    private static async Task<SubmitRun> SubmitAsync(HttpClient http, string[] cookies, byte[] caseJson, byte[] file, int count, int concurrency, TimeSpan limit)
    {
        var next = -1;
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        var byStatus = new ConcurrentDictionary<int, long>();
        var latencies = new long[count];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    using var content = new MultipartFormDataContent();
                    var part = new ByteArrayContent(caseJson);
                    part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    content.Add(part, "case");
                    var attachment = new ByteArrayContent(file);
                    attachment.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                    content.Add(attachment, "file", "remissvar.pdf");
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = content };
                    request.Headers.Add("Cookie", cookies[i % cookies.Length]);
                    using var response = await http.SendAsync(request);
                    _ = await response.Content.ReadAsByteArrayAsync();
                    status = (int)response.StatusCode;
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
        var recorder = new LatencyRecorder(count);
        foreach (var ticks in latencies.Where(t => t > 0))
        {
            recorder.Record(ticks);
        }

        return new SubmitRun(LatencyRecorder.Summarize([recorder], clock.Elapsed, byStatus.Values.Sum()), LatencyRecorder.Percentile([recorder], 0.95), byStatus);
    }

    /// <summary>The receiver's first page, one request at a time (after 200 untimed): p50/p95/p99 and the row count.</summary>
    private static async Task<string> TimeInboxAsync(HttpClient http, string cookie, string clinic, int gets)
    {
        var rows = 0;
        async Task<long> GetAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/staff/clinics/{clinic}/cases");
            request.Headers.Add("Cookie", cookie);
            var start = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var ticks = Stopwatch.GetTimestamp() - start;
            response.EnsureSuccessStatusCode();
            rows = JsonDocument.Parse(body).RootElement.GetArrayLength();
            return ticks;
        }

        for (var i = 0; i < 200; i++)
        {
            await GetAsync();
        }

        var recorder = new LatencyRecorder(gets);
        var load0 = LoadAverage();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < gets; i++)
        {
            recorder.Record(await GetAsync());
        }

        var summary = LatencyRecorder.Summarize([recorder], clock.Elapsed, gets);
        var p95 = LatencyRecorder.Percentile([recorder], 0.95);
        return string.Create(CultureInfo.InvariantCulture, $"clinic inbox GET (first page, {rows} rows), 1 caller: {summary}; p95 {p95:F1} µs; load before {load0}");
    }

    /// <summary>
    /// The template: a case the hub wrote for this clinic (the submits above, or one made here). Its state and index
    /// rows are read back, and the seeded rows are made the way CaseGrain makes them; the template's own rows are
    /// re-made from its state first and must come out equal, so a change in CaseGrain's shapes fails the seed.
    /// </summary>
    private static async Task<string> SeedSqliteAsync(string path, string clinic, int n)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 60 }.ToString());
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout = 60000;";
            await pragma.ExecuteNonQueryAsync();
        }

        var template = await ReadTemplateAsync(connection, clinic);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var state = connection.CreateCommand();
        state.Transaction = transaction;
        state.CommandText = "INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version) VALUES ('case', $key, 'case', $payload, 1)";
        var stateKey = state.Parameters.Add("$key", SqliteType.Text);
        var statePayload = state.Parameters.Add("$payload", SqliteType.Text);
        await using var index = connection.CreateCommand();
        index.Transaction = transaction;
        index.CommandText = "INSERT INTO grain_index (index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload) VALUES ($index, $entry, $partition, $sort, 'case', $entry, $payload)";
        var p = new[] { "$index", "$entry", "$partition", "$sort", "$payload" }.Select(name => index.Parameters.Add(name, SqliteType.Text)).ToArray();
        long bytes = 0;
        foreach (var (key, json, rows) in Generate(template, clinic, n))
        {
            stateKey.Value = key;
            statePayload.Value = json;
            bytes += json.Length;
            await state.ExecuteNonQueryAsync();
            foreach (var row in rows)
            {
                p[0].Value = row.Index;
                p[1].Value = key;
                p[2].Value = row.Partition;
                p[3].Value = row.Sort;
                p[4].Value = (object?)row.Payload ?? DBNull.Value;
                await index.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        await using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);";
            await analyze.ExecuteNonQueryAsync();
        }

        return string.Create(CultureInfo.InvariantCulture, $"{n:N0} cases (state + 4 index rows each, {bytes / 1048576.0:N0} MiB of state JSON) into SQLite {path}, shapes checked against case {template.Key}");
    }

    private static async Task<string> SeedPostgresAsync(string connectionString, string clinic, int n)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        var template = await ReadTemplateAsync(connection, clinic);
        var all = Generate(template, clinic, n).ToList();
        await using (var copy = await connection.BeginBinaryImportAsync("COPY grain_state (grain_type, grain_key, state_name, payload, version) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (key, json, _) in all)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync("case", NpgsqlDbType.Text);
                await copy.WriteAsync(key, NpgsqlDbType.Text);
                await copy.WriteAsync("case", NpgsqlDbType.Text);
                await copy.WriteAsync(json, NpgsqlDbType.Jsonb);
                await copy.WriteAsync(1L, NpgsqlDbType.Bigint);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY grain_index (index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (key, _, rows) in all)
            {
                foreach (var row in rows)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(row.Index, NpgsqlDbType.Text);
                    await copy.WriteAsync(key, NpgsqlDbType.Text);
                    await copy.WriteAsync(row.Partition, NpgsqlDbType.Text);
                    await copy.WriteAsync(row.Sort, NpgsqlDbType.Text);
                    await copy.WriteAsync("case", NpgsqlDbType.Text);
                    await copy.WriteAsync(key, NpgsqlDbType.Text);
                    if (row.Payload is null)
                    {
                        await copy.WriteNullAsync();
                    }
                    else
                    {
                        await copy.WriteAsync(row.Payload, NpgsqlDbType.Jsonb);
                    }
                }
            }

            await copy.CompleteAsync();
        }

        foreach (var table in new[] { "grain_state", "grain_index" })
        {
            await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection) { CommandTimeout = 600 };
            await analyze.ExecuteNonQueryAsync();
        }

        return string.Create(CultureInfo.InvariantCulture, $"{n:N0} cases (state + 4 index rows each) into PostgreSQL with COPY, shapes checked against case {template.Key}");
    }

    internal sealed record Template(string Key, CaseState State);

    internal sealed record IndexRow(string Index, string Partition, string Sort, string? Payload);

    /// <summary>Reads one case of the clinic the hub wrote and checks that <see cref="Rows"/> makes its index rows again.</summary>
    private static async Task<Template> ReadTemplateAsync(System.Data.Common.DbConnection connection, string clinic)
    {
        var json = new GrainRuntimeOptions().JsonOptions;
        string key;
        string payload;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = connection is SqliteConnection
                ? "SELECT s.grain_key, s.payload FROM grain_index i JOIN grain_state s ON s.grain_type = 'case' AND s.grain_key = i.grain_key AND s.state_name = 'case' WHERE i.index_name = 'case-clinic-inbox' AND i.partition_key = @clinic LIMIT 1"
                : "SELECT s.grain_key, s.payload::text FROM grain_index i JOIN grain_state s ON s.grain_type = 'case' AND s.grain_key = i.grain_key AND s.state_name = 'case' WHERE i.index_name = 'case-clinic-inbox' AND i.partition_key = @clinic LIMIT 1";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@clinic";
            parameter.Value = clinic;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                throw new InvalidOperationException($"No case of clinic {clinic} in the store: run at least one submit (--count or --warmup) first.");
            }

            key = reader.GetString(0);
            payload = reader.GetString(1);
        }

        var state = JsonSerializer.Deserialize<CaseState>(payload, json)!;
        if (connection is SqliteConnection && JsonSerializer.Serialize(state, json) != payload)
        {
            throw new InvalidOperationException("The case state does not round-trip with the runtime's JSON options: its shape changed.");
        }

        var expected = Rows(key, state);
        var actual = new List<IndexRow>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = connection is SqliteConnection
                ? "SELECT index_name, partition_key, sort_key, payload, grain_type, grain_key FROM grain_index WHERE entry_key = @key ORDER BY index_name"
                : "SELECT index_name, partition_key, sort_key, payload::text, grain_type, grain_key FROM grain_index WHERE entry_key = @key ORDER BY index_name";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@key";
            parameter.Value = key;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (reader.GetString(4) != CaseIndexes.GrainType || reader.GetString(5) != key)
                {
                    throw new InvalidOperationException("An index row of the case names another grain.");
                }

                actual.Add(new IndexRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        var same = expected.Count == actual.Count && expected.OrderBy(r => r.Index, StringComparer.Ordinal).Zip(actual).All(pair =>
            pair.First.Index == pair.Second.Index && pair.First.Partition == pair.Second.Partition && pair.First.Sort == pair.Second.Sort
            && (pair.First.Payload is null ? pair.Second.Payload is null : pair.Second.Payload is not null && SameRow(pair.First.Payload, pair.Second.Payload)));
        if (!same)
        {
            throw new InvalidOperationException($"The index rows the hub wrote for case {key} are not the ones this seed makes:\n{string.Join("\n", actual)}\nvs\n{string.Join("\n", expected)}");
        }

        return new Template(key, state);
    }

    /// <summary>Same CaseInboxRow and same property names (PostgreSQL's jsonb orders keys its own way).</summary>
    private static bool SameRow(string a, string b)
    {
        static string Names(string json) => string.Join(",", JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        return Names(a) == Names(b)
            && JsonSerializer.Deserialize<CaseInboxRow>(a, CaseIndexes.Json) == JsonSerializer.Deserialize<CaseInboxRow>(b, CaseIndexes.Json);
    }

    /// <summary>The index rows CaseGrain.CommitAsync keeps for a case after its latest event.</summary>
    internal static List<IndexRow> Rows(string key, CaseState state)
    {
        var expiresAt = ExpiresAt(state.LastEventAt);
        var row = new CaseInboxRow(key, state.Origin, state.Status, state.ClinicId, state.ClinicName, state.CaseType, state.CaseTypeName, null, state.AssignedHandler, state.CreatedAt, state.LastEventAt, expiresAt);
        var created = CaseIndexes.SortKey(state.CreatedAt);
        var rows = new List<IndexRow>();
        if (state.ClinicId is not null)
        {
            var clinicRow = JsonSerializer.Serialize(row, CaseIndexes.Json);
            rows.Add(new IndexRow(CaseIndexes.ClinicInbox, state.ClinicId, created, clinicRow));
            rows.Add(new IndexRow(CaseIndexes.ClinicInboxByStatus, CaseIndexes.ClinicStatusPartition(state.ClinicId, state.Status), created, clinicRow));
        }

        rows.Add(new IndexRow(CaseIndexes.ResidentInbox, state.ResidentPersonnummer, created, JsonSerializer.Serialize(row with { Subject = state.Subject }, CaseIndexes.Json)));
        rows.Add(new IndexRow(CaseIndexes.Retention, CaseIndexes.RetentionPartition, CaseIndexes.SortKey(expiresAt), null));
        return rows;
    }

    /// <summary>CaseRetention.ExpiresAt (internal to the grains): two calendar years in Stockholm after the latest event.</summary>
    internal static DateTimeOffset ExpiresAt(DateTimeOffset latestEvent)
    {
        var local = TimeZoneInfo.ConvertTime(latestEvent, StockholmTime.Zone).DateTime.AddYears(CaseRetentionYears);
        return StockholmTime.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    private const int CaseRetentionYears = 2;

    /// <summary>
    /// N cases like the template, each submitted ten seconds before the previous one (so the real ones stay the newest),
    /// by 50,000 different residents, some assigned, answered or closed.
    /// </summary>
    private static IEnumerable<(string Key, string Json, List<IndexRow> Rows)> Generate(Template template, string clinic, int n)
    {
        var json = new GrainRuntimeOptions().JsonOptions;
        var statuses = new[] { CaseStatuses.New, CaseStatuses.New, CaseStatuses.Assigned, CaseStatuses.Answered, CaseStatuses.Closed };
        for (var i = 0; i < n; i++)
        {
            var at = template.State.CreatedAt.AddSeconds(-10L * (i + 1));
            var key = Guid.CreateVersion7(at).ToString("N");
            var message = template.State.Messages[0];
            var status = statuses[i % statuses.Length];
            var state = new CaseState
            {
                Exists = true,
                Origin = template.State.Origin,
                Status = status,
                ResidentPersonnummer = LoginLoad.Personnummer(2_000_000 + (i % 50_000)),
                ResidentName = "Bench Seeded",
                ClinicId = clinic,
                ClinicName = template.State.ClinicName,
                CaseType = template.State.CaseType,
                CaseTypeName = template.State.CaseTypeName,
                FieldsJson = template.State.FieldsJson,
                AssignedHandler = status == CaseStatuses.New ? null : "SE2321000016-H0001",
                CreatedAt = at,
                LastEventAt = at,
                Messages = [message with { Id = Guid.CreateVersion7(at).ToString("N"), SentAt = at, Attachments = [] }],
            };
            yield return (key, JsonSerializer.Serialize(state, json), Rows(key, state));
        }
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

    internal static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static double CpuSeconds(string? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return 0;
        }

        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static int Int(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private sealed record SubmitRun(LatencySummary Summary, double P95Micros, ConcurrentDictionary<int, long> ByStatus)
    {
        public string Statuses => string.Join(", ", ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value:N0}"));
    }
}
