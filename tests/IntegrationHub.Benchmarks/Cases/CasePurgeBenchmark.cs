using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Benchmarks.Gateway;
using IntegrationHub.Benchmarks.Harness;
using IntegrationHub.Benchmarks.Hosting;
using IntegrationHub.Benchmarks.Seeding;
using IntegrationHub.Grains.Cases;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Simulators;
using IntegrationHub.Store;
using IntegrationHub.Store.Retention;
using IntegrationHub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Benchmarks.Cases;

/// <summary>
/// CS7 at scale on PostgreSQL (issue 12): seeds, with COPY and not timed, expired cases (latest event 2–3 years back)
/// and live ones the way CaseGrain leaves them (its Orleans state in <c>orleansstorage</c> in the provider's format,
/// its four <c>hub_index</c> rows), some expired ones with a kept attachment in the store; clones that database
/// (<c>CREATE DATABASE … TEMPLATE</c>) for the peer; then times one <see cref="ICaseRetentionGrain.SweepAsync"/> on a
/// hub silo in this process (what the hourly reminder runs) and, on the clone, the peer: the same store's
/// <see cref="IRetentionStore.PurgeAsync"/> statements in the same batches, with no silo. Both results are checked:
/// no expired case left, every live one whole. Bounded by --max-seconds; 127.0.0.1 only.
/// </summary>
internal static class CasePurgeBenchmark
{
    /// <summary>CaseRetentionGrain's batch (a private constant there).</summary>
    private const int BatchSize = 1000;

    public static async Task<int> RunAsync(string[] args)
    {
        var expired = Cli.Int(args, "--cases", 1_000_000);
        var live = Cli.Int(args, "--live", 100_000);
        var withFiles = Cli.Int(args, "--with-files", 10_000);
        var maxSeconds = Cli.Int(args, "--max-seconds", 300);
        var peer = !Cli.Flag(args, "--no-peer");
        if (expired is < 1_000 or > 2_000_000 || live is < 1 or > 1_000_000 || withFiles < 0 || withFiles > expired || maxSeconds is < 1 or > 1_800)
        {
            Console.Error.WriteLine("case-purge: --cases 1000..2000000, --live 1..1000000, --with-files 0..cases, --max-seconds 1..1800 [--no-peer]");
            return 2;
        }

        var now = new DateTimeOffset(2027, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var clock = new FixedClock(now);
        await using var database = await PostgresDatabase.CreateAsync();
        await using var fleet = await SimulatorFleet.StartAsync(clock, CancellationToken.None);
        var timeout = TimeSpan.FromSeconds(maxSeconds + 60);

        // A first silo applies the migrations and lends its storage serializer and service id to the seed.
        var seedWatch = Stopwatch.StartNew();
        string serviceId;
        await using (var seeder = await BenchSilo.StartAsync(database.ConnectionString, fleet, clock, responseTimeout: timeout))
        {
            serviceId = seeder.Options.ServiceId;
            var bytes = await SeedAsync(database.ConnectionString, serviceId, seeder, now, expired, live, withFiles);
            var size = await SizeAsync(database.ConnectionString);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seeded in {seedWatch.Elapsed.TotalSeconds:F0} s: {expired:N0} expired cases and {live:N0} live ones (Orleans state + 4 hub_index rows each: {(expired + live) * 4L:N0} index rows; {bytes / 1048576.0:N0} MiB of state), {withFiles:N0} expired with a kept attachment; {size}"));
        }

        // The peer's database: a file copy of the seeded one, so both start from the same rows.
        NpgsqlConnection.ClearAllPools();
        var peerName = database.Name + "_peer";
        var peerConnection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = peerName }.ConnectionString;
        if (peer)
        {
            await AdminAsync($"CREATE DATABASE {peerName} TEMPLATE {database.Name}");
        }

        try
        {
            var hub = await HubRunAsync(database.ConnectionString, fleet, clock, timeout, maxSeconds);
            var hubCheck = await CheckAsync(database.ConnectionString, serviceId, now, live);
            Console.WriteLine($"hub after: {hubCheck.Text}");
            if (!peer)
            {
                return hub.Purged == expired && hubCheck.Ok ? 0 : 3;
            }

            var alone = await PeerRunAsync(peerConnection, now, maxSeconds);
            var peerCheck = await CheckAsync(peerConnection, serviceId, now, live);
            Console.WriteLine($"peer after: {peerCheck.Text}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT case-purge {expired:N0}: hub {hub.Seconds:F1} s ({hub.Purged:N0} cases), the same SQL alone {alone.Seconds:F1} s ({alone.Purged:N0}); hub/peer time {hub.Seconds / alone.Seconds:F2}; goal ≤ 60 s: {(hub.Purged == expired && hub.Seconds <= 60 ? "met" : "missed")}; load {Machine.Load()}"));
            return hub.Purged == expired && alone.Purged == expired && hubCheck.Ok && peerCheck.Ok ? 0 : 3;
        }
        finally
        {
            if (peer)
            {
                NpgsqlConnection.ClearAllPools();
                await AdminAsync($"DROP DATABASE IF EXISTS {peerName} WITH (FORCE)");
            }
        }
    }

    private static async Task<PurgeRun> HubRunAsync(string connectionString, SimulatorFleet fleet, TimeProvider clock, TimeSpan timeout, int maxSeconds)
    {
        await using var silo = await BenchSilo.StartAsync(connectionString, fleet, clock, responseTimeout: timeout);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var load = Machine.Load();
        var heap0 = GC.GetTotalMemory(false);
        var cpu = Machine.OwnCpu();
        var watch = Stopwatch.StartNew();
        int purged;
        try
        {
            purged = await silo.HubGrains.CaseRetention().SweepAsync().WaitAsync(TimeSpan.FromSeconds(maxSeconds));
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"hub purge NOT finished within --max-seconds {maxSeconds}");
            purged = -1;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var used = (Machine.OwnCpu() - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hub: ICaseRetentionGrain.SweepAsync() purged {purged:N0} cases in {seconds:F1} s = {purged / seconds:N0} cases/s; {used:F1} s CPU of this process (silo; PostgreSQL's not counted); GC heap {Machine.Mib(heap0)} -> {Machine.Mib(GC.GetTotalMemory(false))}; load {load} -> {Machine.Load()}"));
        return new PurgeRun(purged, seconds);
    }

    /// <summary>The store's purge statements, batch after batch as the grain sends them, with no silo.</summary>
    private static async Task<PurgeRun> PeerRunAsync(string connectionString, DateTimeOffset now, int maxSeconds)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddHubStore(new HubStoreOptions { Kind = HubStoreKind.Postgres, ConnectionString = connectionString });
        using var host = builder.Build();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IRetentionStore>();
        var purge = new RetentionPurge(CaseIndexes.Retention, CaseIndexes.GrainType, CaseIndexes.StateName, CaseIndexes.SortKey(now.AddTicks(1)), BatchSize);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(maxSeconds));
        var load = Machine.Load();
        var cpu = Machine.OwnCpu();
        var watch = Stopwatch.StartNew();
        var purged = 0;
        try
        {
            while (true)
            {
                var batch = await store.PurgeAsync(purge, limit.Token);
                purged += batch.Count;
                if (batch.Count < BatchSize)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine($"peer purge NOT finished within --max-seconds {maxSeconds}");
        }

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peer: IRetentionStore.PurgeAsync alone (batches of {BatchSize:N0}, no silo) purged {purged:N0} cases in {seconds:F1} s = {purged / seconds:N0} cases/s; {(Machine.OwnCpu() - cpu).TotalSeconds:F1} s CPU of this process; load {load} -> {Machine.Load()}"));
        await host.StopAsync();
        return new PurgeRun(purged, seconds);
    }

    /// <summary>Expired cases first (i &lt; expired), then live ones; state and index rows through two COPYs side by side.</summary>
    private static async Task<long> SeedAsync(string connectionString, string serviceId, BenchSilo silo, DateTimeOffset now, int expired, int live, int withFiles)
    {
        var random = new Random(1177);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var stateConnection = await dataSource.OpenConnectionAsync();
        await using var indexConnection = await dataSource.OpenConnectionAsync();
        await using var fileConnection = await dataSource.OpenConnectionAsync();
        var states = await OrleansStateCopy.BeginAsync(stateConnection, serviceId, silo.StorageSerializer);
        var index = await HubIndexCopy.BeginAsync(indexConnection);
        await using var files = await fileConnection.BeginBinaryImportAsync("COPY hub_attachments (case_id, attachment_id, kept, length, created_at) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < expired + live; i++)
        {
            var isExpired = i < expired;
            var created = isExpired
                ? now.AddDays(-(3 * 365) + random.Next(0, 364)).AddSeconds(random.Next(86_400))
                : now.AddDays(-random.Next(1, 365)).AddSeconds(random.Next(86_400));
            var last = isExpired ? created.AddDays(random.Next(0, 5)) : created;
            if (isExpired && CaseRows.ExpiresAt(last) > now)
            {
                last = created;
            }

            var key = Guid.CreateVersion7(created).ToString("N");
            var attachments = isExpired && i < withFiles ? new List<CaseAttachment> { new(Guid.NewGuid().ToString("N"), "remissvar.pdf", "application/pdf", 1024) } : [];
            var status = i % 3 == 0 ? CaseStatuses.Closed : CaseStatuses.New;
            var resident = LoginLoad.Personnummer(i % 700_000);
            var state = new CaseState
            {
                Exists = true,
                Origin = CaseOrigin.Resident,
                Status = status,
                ResidentPersonnummer = resident,
                ResidentName = "Anna Andersson",
                ClinicId = string.Create(CultureInfo.InvariantCulture, $"SE2321000016-C{random.Next(2000):D4}"),
                ClinicName = "Vårdcentralen Bänk",
                CaseType = "ask-nurse",
                CaseTypeName = "Fråga sjuksköterskan",
                FieldsJson = """{"question":"Hur länge ska jag ta medicinen?"}""",
                AssignedHandler = status == CaseStatuses.Closed ? "SE2321000016-H0001" : null,
                CreatedAt = created,
                LastEventAt = last,
                Messages = [new CaseMessageView(Guid.CreateVersion7(created).ToString("N"), CaseMessageKinds.Submission, "resident", resident, "Anna Andersson", null, created, attachments)],
            };
            await states.WriteAsync(CaseIndexes.GrainType, key, CaseIndexes.StateName, state);
            foreach (var row in CaseRows.Of(key, state))
            {
                await index.WriteAsync(row.Index, key, row.Partition, row.Sort, CaseIndexes.GrainType, key, row.Payload);
            }

            foreach (var attachment in attachments)
            {
                await files.StartRowAsync();
                await files.WriteAsync(key, NpgsqlDbType.Text);
                await files.WriteAsync(attachment.Id, NpgsqlDbType.Text);
                await files.WriteAsync(true, NpgsqlDbType.Boolean);
                await files.WriteAsync(attachment.Size, NpgsqlDbType.Bigint);
                await files.WriteAsync(created, NpgsqlDbType.TimestampTz);
            }
        }

        await states.CompleteAsync();
        await index.CompleteAsync();
        await files.CompleteAsync();
        await using (var chunks = new NpgsqlCommand("INSERT INTO hub_attachment_chunks (case_id, attachment_id, seq, data) SELECT case_id, attachment_id, 0, decode(repeat('25', length::int), 'hex') FROM hub_attachments", stateConnection) { CommandTimeout = 600 })
        {
            await chunks.ExecuteNonQueryAsync();
        }

        foreach (var table in new[] { "orleansstorage", "hub_index", "hub_attachments", "hub_attachment_chunks" })
        {
            await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", stateConnection) { CommandTimeout = 900 };
            await analyze.ExecuteNonQueryAsync();
        }

        return states.Bytes;
    }

    private static async Task<Check> CheckAsync(string connectionString, string serviceId, DateTimeOffset now, int live)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        async Task<long> CountAsync(string sql)
        {
            await using var command = dataSource.CreateCommand(sql);
            command.CommandTimeout = 600;
            if (sql.Contains("@service", StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue("service", serviceId);
            }

            if (sql.Contains("@now", StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue("now", CaseIndexes.SortKey(now));
            }
            return (long)(await command.ExecuteScalarAsync())!;
        }

        var states = await CountAsync($"SELECT count(*) FROM orleansstorage WHERE serviceid = @service AND graintypestring = '{CaseIndexes.StateName}'");
        var rows = await CountAsync($"SELECT count(*) FROM hub_index WHERE grain_type = '{CaseIndexes.GrainType}'");
        var expiredLeft = await CountAsync($"SELECT count(*) FROM hub_index WHERE index_name = '{CaseIndexes.Retention}' AND sort_key <= @now");
        var liveWhole = await CountAsync($"SELECT count(*) FROM (SELECT grain_key FROM hub_index WHERE grain_type = '{CaseIndexes.GrainType}' GROUP BY grain_key HAVING count(*) = 4) whole");
        var files = await CountAsync("SELECT (SELECT count(*) FROM hub_attachments) + (SELECT count(*) FROM hub_attachment_chunks)");
        var ok = states == live && rows == live * 4L && expiredLeft == 0 && liveWhole == live && files == 0;
        return new Check(ok, string.Create(CultureInfo.InvariantCulture,
            $"{states:N0} case states (expected {live:N0}), {rows:N0} case index rows (expected {live * 4L:N0}), {liveWhole:N0} live cases with all 4 rows, {expiredLeft:N0} expired retention rows, {files:N0} attachment rows left (expected 0): {(ok ? "correct" : "WRONG")}"));
    }

    private static async Task<string> SizeAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT pg_size_pretty(pg_total_relation_size('orleansstorage')) || ' orleansstorage, ' || pg_size_pretty(pg_total_relation_size('hub_index')) || ' hub_index (with indexes)'");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresDatabase.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 900 };
        await command.ExecuteNonQueryAsync();
    }

    private sealed record PurgeRun(int Purged, double Seconds);

    private sealed record Check(bool Ok, string Text);
}
