using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IntegrationHub.Adapters;
using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Daily;
using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Identity;
using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators;
using IntegrationHub.Simulators.PopulationRegistry;
using IntegrationHub.TestCluster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Benchmarks.Sweep;

/// <summary>
/// The daily sweep (issue 4) over a seeded population in PostgreSQL: seeds residents, children's birthday work and
/// proxy relationships with COPY (not timed), puts every person in the simulated population registry, starts a hub
/// silo in this process on that database and times one <see cref="IDailyWorkGrain.RunAsync"/>, sampling memory.
/// Bounded by --max-seconds; 127.0.0.1 only (the simulators and scripts/with-postgres.sh's cluster).
/// </summary>
internal static class SweepBenchmark
{
    /// <summary>The benchmark day: five seconds after midnight in Stockholm, when the reminder would fire.</summary>
    private static readonly DateOnly Today = new(2026, 12, 3);

    private const int AgeRulesProxyUserAge = 13;

    /// <summary>ProxyRelationshipGrain.ActiveIndex (the grain is internal).</summary>
    private const string ProxyActiveIndex = "proxy-active";

    private static readonly string[] GivenNames = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Elsa", "Nils", "Sara", "Oskar", "Ida", "Hugo"];

    private static readonly string[] FamilyNames = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson"];

    public static async Task<int> RunAsync(string[] args)
    {
        var residents = int.Parse(Option(args, "--residents") ?? "1000000", CultureInfo.InvariantCulture);
        var maxSeconds = int.Parse(Option(args, "--max-seconds") ?? "300", CultureInfo.InvariantCulture);
        var childShare = double.Parse(Option(args, "--child-share") ?? "0.15", CultureInfo.InvariantCulture);
        var probe = int.Parse(Option(args, "--probe-registry") ?? "0", CultureInfo.InvariantCulture);
        if (residents is < 1_000 or > 2_000_000 || maxSeconds is < 1 or > 1_800 || childShare is <= 0 or > 0.5 || probe is < 0 or > 200_000)
        {
            Console.Error.WriteLine("sweep: --residents 1000..2000000, --max-seconds 1..1800, --child-share (0, 0.5], --probe-registry 0..200000");
            return 2;
        }

        var clock = new SettableTimeProvider(StockholmTime.StartOfDay(Today).AddSeconds(5));
        await using var database = await PostgresDatabase.CreateAsync();
        await using var fleet = await SimulatorFleet.StartAsync(clock, CancellationToken.None);
        var counter = new RegistryCounter();
        var dataDirectory = Directory.CreateTempSubdirectory("hub-sweep-");
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

        // The sweep is one long call from here; the grains' own calls keep the default time-out.
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

        // PopulationRegistryClient.HttpClientName (internal): every HTTP attempt to the registry passes this handler.
        builder.Services.AddHttpClient("IntegrationHub.Adapters.PopulationRegistry").AddHttpMessageHandler(() => new CountingHandler(counter));

        using var host = builder.Build();
        await host.StartAsync(); // applies the migrations, so the tables exist for the seed

        var seedWatch = Stopwatch.StartNew();
        var seed = await SeedAsync(database.ConnectionString, fleet.PopulationRegistry, residents, childShare, runtime.Options.JsonOptions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded in {seedWatch.Elapsed.TotalSeconds:F0} s: {seed.Residents:N0} residents ({seed.Children:N0} children under 13), {seed.BirthdayRows:N0} birthday-work rows ({seed.BirthdayRowsDue:N0} due on {Today:yyyy-MM-dd}), {seed.Relationships:N0} active proxy relationships; grain_state {seed.StateBytes / 1048576.0:N0} MiB of JSON"));

        var control = host.Services.GetRequiredService<ISiloControl>();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var daily = grains.GetGrain<IDailyWorkGrain>(IDailyWorkGrain.Key);

        // Settle: a full collection so the baseline is the seeded process (1M registry persons in the simulator), not garbage.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baseline = MemorySample.Take(control.ActivationCount, counter.Requests);
        Console.WriteLine($"before the sweep: {baseline}; machine load {LoadAverage()}");

        using var sampling = new CancellationTokenSource();
        var samples = new List<MemorySample>();
        counter.Reset();
        var sweepStart = Stopwatch.GetTimestamp();
        var sweepWatch = Stopwatch.StartNew();
        var sampler = Task.Run(async () =>
        {
            var lastPrint = TimeSpan.Zero;
            while (!sampling.IsCancellationRequested)
            {
                var sample = MemorySample.Take(control.ActivationCount, counter.Requests);
                lock (samples)
                {
                    samples.Add(sample);
                }

                if (sweepWatch.Elapsed - lastPrint >= TimeSpan.FromSeconds(10))
                {
                    lastPrint = sweepWatch.Elapsed;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  t={sweepWatch.Elapsed.TotalSeconds,5:F0} s: {sample}"));
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
        var run = daily.RunAsync();
        DailyWorkReport? report = null;
        try
        {
            report = await run.WaitAsync(TimeSpan.FromSeconds(maxSeconds));
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"sweep NOT finished within --max-seconds {maxSeconds}: {counter.Requests:N0} registry requests so far");
        }

        var elapsed = sweepWatch.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await sampling.CancelAsync();
        await sampler;
        var firstRegistryCall = counter.FirstRequestAt is { } first ? Stopwatch.GetElapsedTime(sweepStart, first) : (TimeSpan?)null;
        var peakHeap = samples.Count == 0 ? 0 : samples.Max(s => s.GcHeapBytes);
        var peakWorkingSet = samples.Count == 0 ? 0 : samples.Max(s => s.WorkingSetBytes);
        var peakActivations = samples.Count == 0 ? 0 : samples.Max(s => s.Activations);
        var registryRequests = counter.Requests;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sweep on {Today:yyyy-MM-dd}: {(report is null ? "unfinished" : $"{report.BirthdayStages:N0} birthday stages, {report.RelationshipsChecked:N0} relationships checked")} in {elapsed.TotalSeconds:F1} s wall, {cpu.TotalSeconds:F1} s CPU of this process (silo + registry simulator)"));
        if (firstRegistryCall is { } phase1)
        {
            var phase2 = elapsed - phase1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  phase 1, birthday stages: {phase1.TotalSeconds:F2} s (until the first registry call); phase 2, custody verification: {phase2.TotalSeconds:F1} s = {(report?.RelationshipsChecked ?? 0) / Math.Max(phase2.TotalSeconds, 0.001):N0} relationships/s"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  registry: {registryRequests:N0} HTTP requests ({registryRequests / Math.Max(elapsed.TotalSeconds, 0.001):N0}/s), {counter.Failures:N0} failed or not 2xx"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  memory: GC heap {Mib(baseline.GcHeapBytes)} before, peak {Mib(peakHeap)} (+{Mib(peakHeap - baseline.GcHeapBytes)}); working set {Mib(baseline.WorkingSetBytes)} before, peak {Mib(peakWorkingSet)} (+{Mib(peakWorkingSet - baseline.WorkingSetBytes)}); activations {baseline.Activations:N0} before, peak {peakActivations:N0}, {control.ActivationCount:N0} after"));
        Console.WriteLine($"machine load after: {LoadAverage()}");

        // Where phase 2's CPU goes: the same registry lookups alone, through the hub's client, at the sweep's concurrency
        // (16 relationships at a time, 2 lookups each), so their CPU can be set against the sweep's CPU per relationship.
        if (report is not null && probe > 0)
        {
            var registryClient = host.Services.GetRequiredService<IPopulationRegistry>();
            var numbers = seed.ProbeNumbers;
            var probeCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var probeWatch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, probe), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
                await registryClient.FindAsync(Personnummer.Parse(numbers[i % numbers.Count]), ct));
            var probeElapsed = probeWatch.Elapsed;
            probeCpu = Process.GetCurrentProcess().TotalProcessorTime - probeCpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"registry probe: {probe:N0} lookups alone (32 at a time) in {probeElapsed.TotalSeconds:F1} s = {probe / probeElapsed.TotalSeconds:N0}/s, {probeCpu.TotalMilliseconds * 1000 / probe:F0} µs CPU per lookup (client + simulator) vs {cpu.TotalMilliseconds * 1000 / Math.Max(report.RelationshipsChecked, 1):F0} µs CPU per relationship in the sweep; load {LoadAverage()}"));
        }
        await host.StopAsync();
        dataDirectory.Delete(recursive: true);
        return report is null ? 3 : 0;
    }

    private static async Task<SeedResult> SeedAsync(string connectionString, PopulationRegistrySimulator registry, int residents, double childShare, JsonSerializerOptions json)
    {
        var random = new Random(1177);
        var serials = new Dictionary<DateOnly, int>();
        var children = (int)(residents * childShare);
        var adults = residents - children;
        var people = new Person[residents];
        var youngestAdult = Today.AddYears(-18);
        var oldest = new DateOnly(1935, 1, 1);
        var adultSpan = youngestAdult.DayNumber - oldest.DayNumber;
        for (var i = 0; i < adults; i++)
        {
            var birth = DateOnly.FromDayNumber(oldest.DayNumber + random.Next(adultSpan));
            people[i] = new Person(NewNumber(birth, serials, random), birth, random.Next(GivenNames.Length), random.Next(FamilyNames.Length), 1 + random.Next(25));
        }

        // Guardians are adults aged 25..60 on the day.
        var guardianPool = Enumerable.Range(0, adults).Where(i => people[i].BirthDate.Year >= Today.Year - 60 && people[i].BirthDate.Year <= Today.Year - 25).ToArray();
        var thirteenYears = Today.AddYears(13).DayNumber - Today.DayNumber;
        var birthdayRows = 0;
        var birthdayRowsDue = 0;
        for (var i = adults; i < residents; i++)
        {
            // The 13th birthdays spread evenly over the coming 13 years, so about 1/4,748 of the children turn 13 today.
            var thirteenth = Today.AddDays(random.Next(thirteenYears));
            var birth = thirteenth.AddYears(-13);
            var guardianCount = random.Next(2) + 1; // 1.5 on average
            var g1 = guardianPool[random.Next(guardianPool.Length)];
            var g2 = guardianCount == 2 ? guardianPool[random.Next(guardianPool.Length)] : -1;
            if (g2 == g1)
            {
                g2 = -1;
            }

            people[i] = new Person(NewNumber(birth, serials, random), birth, random.Next(GivenNames.Length), people[g1].Family, people[g1].Region) { Guardian1 = g1, Guardian2 = g2 };
            (people[g1].Children ??= []).Add(i);
            if (g2 >= 0)
            {
                (people[g2].Children ??= []).Add(i);
            }
        }

        foreach (var person in people)
        {
            registry.PutPerson(new SimulatedPerson
            {
                Personnummer = person.Number,
                GivenName = GivenNames[person.Given],
                FamilyName = FamilyNames[person.Family],
                BirthDate = person.BirthDate,
                Region = Region(person.Region),
                Guardians = person.Guardian1 < 0 ? null : person.Guardian2 < 0 ? [people[person.Guardian1].Number] : [people[person.Guardian1].Number, people[person.Guardian2].Number],
            });
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        long stateBytes = 0;
        var relationships = 0;
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using (var copy = await connection.BeginBinaryImportAsync("COPY grain_state (grain_type, grain_key, state_name, payload, version) FROM STDIN (FORMAT BINARY)"))
            {
                var since = StockholmTime.StartOfDay(Today.AddDays(-400));
                for (var i = 0; i < residents; i++)
                {
                    var person = people[i];
                    var guardians = person.Guardian1 < 0 ? new List<string>() : person.Guardian2 < 0 ? [people[person.Guardian1].Number] : [people[person.Guardian1].Number, people[person.Guardian2].Number];
                    var state = new ResidentAccountState
                    {
                        Known = true,
                        GivenName = GivenNames[person.Given],
                        FamilyName = FamilyNames[person.Family],
                        BirthDate = person.BirthDate,
                        Region = Region(person.Region),
                        Guardians = guardians,
                        Mobile = person.Guardian1 < 0 ? string.Create(CultureInfo.InvariantCulture, $"+4670{1_000_000 + i:D7}") : null,
                        Email = person.Guardian1 < 0 ? string.Create(CultureInfo.InvariantCulture, $"person{i}@example.se") : null,
                        ProxyChildren = person.Children?.Select(c => people[c].Number).ToList() ?? [],
                        ProxyGuardians = person.Guardian1 < 0 ? [] : guardians,
                    };
                    if (person.Guardian1 >= 0)
                    {
                        var thirteenth = person.BirthDate.AddYears(AgeRulesProxyUserAge);
                        foreach (var stage in BirthdayStages.All)
                        {
                            if (BirthdayStages.DueOn(stage, thirteenth) < Today)
                            {
                                state.BirthdayStagesDone.Add(stage); // done by an earlier day's sweep
                            }
                        }
                    }

                    var payload = JsonSerializer.Serialize(state, json);
                    stateBytes += payload.Length;
                    await copy.StartRowAsync();
                    await copy.WriteAsync("resident-account", NpgsqlDbType.Text);
                    await copy.WriteAsync(person.Number, NpgsqlDbType.Text);
                    await copy.WriteAsync("account", NpgsqlDbType.Text);
                    await copy.WriteAsync(payload, NpgsqlDbType.Jsonb);
                    await copy.WriteAsync(1L, NpgsqlDbType.Bigint);
                    if (person.Guardian1 < 0)
                    {
                        continue;
                    }

                    foreach (var guardian in new[] { person.Guardian1, person.Guardian2 }.Where(g => g >= 0))
                    {
                        var relationship = new ProxyRelationshipState
                        {
                            Exists = true,
                            Guardian = people[guardian].Number,
                            Child = person.Number,
                            ChildName = state.Name,
                            ChildBirthDate = person.BirthDate,
                            Status = ProxyStatus.Active,
                            Since = since,
                            History = [new ProxyChange(since, ProxyStatus.Active, "created")],
                        };
                        var relationshipJson = JsonSerializer.Serialize(relationship, json);
                        stateBytes += relationshipJson.Length;
                        await copy.StartRowAsync();
                        await copy.WriteAsync("proxy-relationship", NpgsqlDbType.Text);
                        await copy.WriteAsync(ProxyRelationshipKey.Of(people[guardian].Number, person.Number), NpgsqlDbType.Text);
                        await copy.WriteAsync("relationship", NpgsqlDbType.Text);
                        await copy.WriteAsync(relationshipJson, NpgsqlDbType.Jsonb);
                        await copy.WriteAsync(1L, NpgsqlDbType.Bigint);
                        relationships++;
                    }
                }

                await copy.CompleteAsync();
            }

            await using (var copy = await connection.BeginBinaryImportAsync("COPY grain_index (index_name, entry_key, partition_key, sort_key, grain_type, grain_key) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = adults; i < residents; i++)
                {
                    var person = people[i];
                    var thirteenth = person.BirthDate.AddYears(AgeRulesProxyUserAge);
                    foreach (var stage in BirthdayStages.All)
                    {
                        var due = BirthdayStages.DueOn(stage, thirteenth);
                        if (due < Today)
                        {
                            continue;
                        }

                        birthdayRows++;
                        birthdayRowsDue += due == Today ? 1 : 0;
                        await WriteIndexRowAsync(copy, BirthdayStages.Index, BirthdayStages.EntryKey(person.Number, stage), BirthdayStages.Partition, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "resident-account", person.Number);
                    }

                    foreach (var guardian in new[] { person.Guardian1, person.Guardian2 }.Where(g => g >= 0))
                    {
                        var key = ProxyRelationshipKey.Of(people[guardian].Number, person.Number);
                        await WriteIndexRowAsync(copy, ProxyActiveIndex, key, "all", key, "proxy-relationship", key);
                    }
                }

                await copy.CompleteAsync();
            }

            foreach (var table in new[] { "grain_state", "grain_index" })
            {
                await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection) { CommandTimeout = 600 };
                await analyze.ExecuteNonQueryAsync();
            }
        }

        var probeNumbers = people.Skip(adults).Take(10_000).Select(p => p.Number).ToList();
        return new SeedResult(residents, children, birthdayRows, birthdayRowsDue, relationships, stateBytes, probeNumbers);
    }

    private static async Task WriteIndexRowAsync(NpgsqlBinaryImporter copy, string index, string entry, string partition, string sort, string grainType, string grainKey)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(index, NpgsqlDbType.Text);
        await copy.WriteAsync(entry, NpgsqlDbType.Text);
        await copy.WriteAsync(partition, NpgsqlDbType.Text);
        await copy.WriteAsync(sort, NpgsqlDbType.Text);
        await copy.WriteAsync(grainType, NpgsqlDbType.Text);
        await copy.WriteAsync(grainKey, NpgsqlDbType.Text);
    }

    private static string Region(int code) => code.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>A valid personnummer (Luhn check digit) born on <paramref name="birth"/>, unique within this seed.</summary>
    private static string NewNumber(DateOnly birth, Dictionary<DateOnly, int> serials, Random random)
    {
        while (true)
        {
            serials.TryGetValue(birth, out var serial);
            if (serial < 1000)
            {
                serials[birth] = serial + 1;
                var digits = string.Create(CultureInfo.InvariantCulture, $"{birth:yyyyMMdd}{serial:D3}");
                return digits + LuhnDigit(digits.AsSpan(2));
            }

            birth = birth.AddDays(random.Next(-30, 30));
        }
    }

    private static char LuhnDigit(ReadOnlySpan<char> nine)
    {
        var sum = 0;
        for (var i = 0; i < nine.Length; i++)
        {
            var d = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N0} MiB");

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed class Person(string number, DateOnly birthDate, int given, int family, int region)
    {
        public string Number { get; } = number;

        public DateOnly BirthDate { get; } = birthDate;

        public int Given { get; } = given;

        public int Family { get; } = family;

        public int Region { get; } = region;

        public int Guardian1 { get; init; } = -1;

        public int Guardian2 { get; init; } = -1;

        public List<int>? Children { get; set; }
    }

    private sealed record SeedResult(int Residents, int Children, int BirthdayRows, int BirthdayRowsDue, int Relationships, long StateBytes, IReadOnlyList<string> ProbeNumbers);

    private sealed record MemorySample(TimeSpan At, long GcHeapBytes, long WorkingSetBytes, int Activations, long RegistryRequests)
    {
        private static readonly long Start = Stopwatch.GetTimestamp();

        public static MemorySample Take(int activations, long registryRequests)
        {
            using var process = Process.GetCurrentProcess();
            return new MemorySample(Stopwatch.GetElapsedTime(Start), GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64, activations, registryRequests);
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"GC heap {GcHeapBytes / 1048576.0:N0} MiB, working set {WorkingSetBytes / 1048576.0:N0} MiB, {Activations:N0} activations, {RegistryRequests:N0} registry requests");
    }

    /// <summary>The registry client's HTTP attempts (after Polly: retries count too) and when the first one started.</summary>
    private sealed class RegistryCounter
    {
        private long requests;
        private long failures;
        private long firstRequestTimestamp;

        public long Requests => Interlocked.Read(ref requests);

        public long Failures => Interlocked.Read(ref failures);

        public long? FirstRequestAt => Interlocked.Read(ref firstRequestTimestamp) is var t and not 0 ? t : null;

        public void Reset()
        {
            Interlocked.Exchange(ref requests, 0);
            Interlocked.Exchange(ref failures, 0);
            Interlocked.Exchange(ref firstRequestTimestamp, 0);
        }

        public void Started()
        {
            Interlocked.Increment(ref requests);
            Interlocked.CompareExchange(ref firstRequestTimestamp, Stopwatch.GetTimestamp(), 0);
        }

        public void Failed() => Interlocked.Increment(ref failures);
    }

    private sealed class CountingHandler(RegistryCounter counter) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Started();
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    counter.Failed();
                }

                return response;
            }
            catch
            {
                counter.Failed();
                throw;
            }
        }
    }
}
