using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IntegrationHub.Adapters;
using IntegrationHub.Benchmarks.Gateway;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators;
using IntegrationHub.TestCluster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Benchmarks.Cases;

/// <summary>
/// CS7 at scale (issue 5): seeds PostgreSQL with COPY (not timed) with expired cases (state + the four index rows
/// CaseGrain keeps) and some live ones, some with an attachment folder, starts a hub silo in this process on that
/// database and times one <see cref="ICaseRetentionGrain.SweepAsync"/>, sampling memory. Then checks that every
/// expired case's rows are gone and every live one's are there. Bounded by --max-seconds; 127.0.0.1 only.
/// </summary>
internal static class CasePurgeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var expired = Int(args, "--cases", 1_000_000);
        var live = Int(args, "--live", 100_000);
        var withFiles = Int(args, "--with-files", 10_000);
        var maxSeconds = Int(args, "--max-seconds", 300);
        if (expired is < 1_000 or > 2_000_000 || live is < 0 or > 1_000_000 || withFiles < 0 || withFiles > expired || maxSeconds is < 1 or > 1_800)
        {
            Console.Error.WriteLine("case-purge: --cases 1000..2000000, --live 0..1000000, --with-files 0..cases, --max-seconds 1..1800");
            return 2;
        }

        var now = new DateTimeOffset(2027, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var clock = new SettableTimeProvider(now);
        await using var database = await PostgresDatabase.CreateAsync();
        await using var fleet = await SimulatorFleet.StartAsync(clock, CancellationToken.None);
        var dataDirectory = Directory.CreateTempSubdirectory("hub-case-purge-");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Store"] = "postgres",
            ["Hub:DataDirectory"] = dataDirectory.FullName,
            ["ConnectionStrings:Hub"] = database.ConnectionString,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(clock);
        var runtime = builder.Services.AddHubSilo(builder.Configuration);
        runtime.Options.CallTimeout = TimeSpan.FromSeconds(maxSeconds + 60);
        builder.Services.AddHubAdapters(a =>
        {
            a.PopulationRegistry.BaseAddress = fleet.PopulationRegistry.BaseAddress;
            a.Hsa.BaseAddress = fleet.Hsa.BaseAddress;
            a.Journal.BaseAddress = fleet.Journal.BaseAddress;
            a.Notifications.BaseAddress = fleet.Notifications.BaseAddress;
            a.IdentityProvider.BaseAddress = fleet.IdentityProvider.BaseAddress;
            a.IdentityProvider.Issuer = fleet.IdentityProvider.Issuer;
        });

        using var host = builder.Build();
        await host.StartAsync(); // the migrations: the tables exist for the seed
        var files = host.Services.GetRequiredService<CaseFileStore>();

        var seedWatch = Stopwatch.StartNew();
        var keys = await SeedAsync(database.ConnectionString, now, expired, live, withFiles, files, runtime.Options.JsonOptions);
        var size = await SizeAsync(database.ConnectionString);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded in {seedWatch.Elapsed.TotalSeconds:F0} s: {expired:N0} expired cases and {live:N0} live ones (grain_state + 4 grain_index rows each: {(expired + live) * 4L:N0} index rows), {withFiles:N0} expired with an attachment folder; {size}"));

        var control = host.Services.GetRequiredService<ISiloControl>();
        var retention = host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICaseRetentionGrain>(ICaseRetentionGrain.Key);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baseline = Sample.Take(control.ActivationCount);
        Console.WriteLine($"before the purge: {baseline}; machine load {CaseLoad.LoadAverage()}");

        using var sampling = new CancellationTokenSource();
        var samples = new List<Sample>();
        var watch = Stopwatch.StartNew();
        var sampler = Task.Run(async () =>
        {
            var lastPrint = TimeSpan.Zero;
            while (!sampling.IsCancellationRequested)
            {
                var sample = Sample.Take(control.ActivationCount);
                lock (samples)
                {
                    samples.Add(sample);
                }

                if (watch.Elapsed - lastPrint >= TimeSpan.FromSeconds(10))
                {
                    lastPrint = watch.Elapsed;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  t={watch.Elapsed.TotalSeconds,5:F0} s: {sample}; load {CaseLoad.LoadAverage()}"));
                }

                try
                {
                    await Task.Delay(200, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        int? purged = null;
        try
        {
            purged = await retention.SweepAsync().WaitAsync(TimeSpan.FromSeconds(maxSeconds));
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"purge NOT finished within --max-seconds {maxSeconds}");
        }

        var elapsed = watch.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await sampling.CancelAsync();
        await sampler;
        var peakHeap = samples.Max(s => s.GcHeapBytes);
        var peakWorkingSet = samples.Max(s => s.WorkingSetBytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"purge: {(purged is { } p ? $"{p:N0} cases" : "unfinished")} in {elapsed.TotalSeconds:F1} s wall = {(purged ?? 0) / elapsed.TotalSeconds:N0} cases/s ({(purged ?? 0) * 5L / elapsed.TotalSeconds:N0} rows/s: state + 4 index rows), {cpu.TotalSeconds:F1} s CPU of this process (silo; PostgreSQL's own CPU not counted)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  memory: GC heap {Mib(baseline.GcHeapBytes)} before, peak {Mib(peakHeap)} (+{Mib(peakHeap - baseline.GcHeapBytes)}); working set {Mib(baseline.WorkingSetBytes)} before, peak {Mib(peakWorkingSet)} (+{Mib(peakWorkingSet - baseline.WorkingSetBytes)})"));
        Console.WriteLine($"machine load after: {CaseLoad.LoadAverage()}");

        // The result: nothing expired left, every live case whole, the folders gone.
        await using (var dataSource = NpgsqlDataSource.Create(database.ConnectionString))
        {
            var states = await ScalarAsync(dataSource, "SELECT count(*) FROM grain_state WHERE grain_type = 'case'");
            var rows = await ScalarAsync(dataSource, "SELECT count(*) FROM grain_index WHERE grain_type = 'case'");
            var leftExpired = await ScalarAsync(dataSource, $"SELECT count(*) FROM grain_index WHERE index_name = 'case-retention' AND sort_key <= '{CaseIndexes.SortKey(now)}'");
            var foldersLeft = keys.Take(withFiles).Count(files.HasCase);
            Console.WriteLine($"after: {states:N0} case states (expected {live:N0}), {rows:N0} case index rows (expected {live * 4L:N0}), {leftExpired:N0} expired retention rows, {foldersLeft:N0} attachment folders of purged cases left");
        }

        await host.StopAsync();
        dataDirectory.Delete(recursive: true);
        return purged == expired ? 0 : 3;
    }

    /// <summary>Expired cases (latest event 2–3 years ago) first, then live ones (latest event in the past year).</summary>
    private static async Task<List<string>> SeedAsync(string connectionString, DateTimeOffset now, int expired, int live, int withFiles, CaseFileStore files, JsonSerializerOptions json)
    {
        var random = new Random(1177);
        var keys = new List<string>(expired);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        var cases = new List<(string Key, CaseState State)>();

        IEnumerable<(string Key, CaseState State)> All()
        {
            for (var i = 0; i < expired + live; i++)
            {
                var isExpired = i < expired;
                var created = isExpired
                    ? now.AddDays(-(3 * 365) + random.Next(0, 364)).AddSeconds(random.Next(86_400))
                    : now.AddDays(-random.Next(1, 365)).AddSeconds(random.Next(86_400));
                var last = isExpired ? created.AddDays(random.Next(0, 5)) : created;
                if (isExpired && CaseLoad.ExpiresAt(last) > now)
                {
                    last = created;
                }

                var key = Guid.CreateVersion7(created).ToString("N");
                var clinic = string.Create(CultureInfo.InvariantCulture, $"SE2321000016-C{random.Next(2000):D4}");
                var attachments = isExpired && i < withFiles ? new List<CaseAttachment> { new(Guid.NewGuid().ToString("N"), "remissvar.pdf", "application/pdf", 1024) } : [];
                var status = i % 3 == 0 ? CaseStatuses.Closed : CaseStatuses.New;
                var state = new CaseState
                {
                    Exists = true,
                    Origin = CaseOrigin.Resident,
                    Status = status,
                    ResidentPersonnummer = LoginLoad.Personnummer(i % 700_000),
                    ResidentName = "Anna Andersson",
                    ClinicId = clinic,
                    ClinicName = "Vårdcentralen Bänk",
                    CaseType = "ask-nurse",
                    CaseTypeName = "Fråga sjuksköterskan",
                    FieldsJson = """{"question":"Hur länge ska jag ta medicinen?"}""",
                    AssignedHandler = status == CaseStatuses.Closed ? "SE2321000016-H0001" : null,
                    CreatedAt = created,
                    LastEventAt = last,
                    Messages = [new CaseMessageView(Guid.CreateVersion7(created).ToString("N"), CaseMessageKinds.Submission, "resident", LoginLoad.Personnummer(i % 700_000), "Anna Andersson", null, created, attachments)],
                };
                if (attachments.Count > 0)
                {
                    var folder = Path.Combine(files.Root, key);
                    Directory.CreateDirectory(folder);
                    File.WriteAllBytes(Path.Combine(folder, attachments[0].Id), new byte[1024]);
                }

                if (isExpired)
                {
                    keys.Add(key);
                }

                yield return (key, state);
            }
        }

        foreach (var c in All())
        {
            cases.Add(c);
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY grain_state (grain_type, grain_key, state_name, payload, version) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (key, state) in cases)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(CaseIndexes.GrainType, NpgsqlDbType.Text);
                await copy.WriteAsync(key, NpgsqlDbType.Text);
                await copy.WriteAsync("case", NpgsqlDbType.Text);
                await copy.WriteAsync(JsonSerializer.Serialize(state, json), NpgsqlDbType.Jsonb);
                await copy.WriteAsync(1L, NpgsqlDbType.Bigint);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY grain_index (index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (key, state) in cases)
            {
                foreach (var row in CaseLoad.Rows(key, state))
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(row.Index, NpgsqlDbType.Text);
                    await copy.WriteAsync(key, NpgsqlDbType.Text);
                    await copy.WriteAsync(row.Partition, NpgsqlDbType.Text);
                    await copy.WriteAsync(row.Sort, NpgsqlDbType.Text);
                    await copy.WriteAsync(CaseIndexes.GrainType, NpgsqlDbType.Text);
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
            await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection) { CommandTimeout = 900 };
            await analyze.ExecuteNonQueryAsync();
        }

        return keys;
    }

    private static async Task<string> SizeAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT pg_size_pretty(pg_total_relation_size('grain_state')) || ' grain_state, ' || pg_size_pretty(pg_total_relation_size('grain_index')) || ' grain_index (with indexes)'");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 600;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N0} MiB");

    private static int Int(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed record Sample(long GcHeapBytes, long WorkingSetBytes, int Activations)
    {
        public static Sample Take(int activations)
        {
            using var process = Process.GetCurrentProcess();
            return new Sample(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64, activations);
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"GC heap {GcHeapBytes / 1048576.0:N0} MiB, working set {WorkingSetBytes / 1048576.0:N0} MiB, {Activations:N0} activations");
    }
}
