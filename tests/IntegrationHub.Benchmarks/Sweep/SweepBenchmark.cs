using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using IntegrationHub.Benchmarks.Harness;
using IntegrationHub.Benchmarks.Hosting;
using IntegrationHub.Benchmarks.Runtime;
using IntegrationHub.Benchmarks.Seeding;
using IntegrationHub.Grains.Accounts;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Daily;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Grains.Proxies;
using IntegrationHub.Identity;
using IntegrationHub.Simulators;
using IntegrationHub.Store;
using IntegrationHub.Store.Indexes;
using IntegrationHub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace IntegrationHub.Benchmarks.Sweep;

/// <summary>
/// The daily work with the 13th-birthday rules (PX5, PX6) over a seeded population on PostgreSQL (issue 12). Seeds,
/// not timed, with COPY the rows the hub would have written: every resident's account state (keyed by pseudonym, in
/// Orleans' storage format), the children's <c>birthday-work</c> rows for the stages still ahead, one or two guardians
/// per child with an active relationship state and its <c>proxy-active</c> row; every person also goes into the
/// registry simulator. Then the peer (the same index pages and one state read per row, with no silo), then one
/// <see cref="IDailyWorkGrain.RunAsync"/> on a hub silo in this process: the birthday stages (done when no
/// <c>birthday-work</c> row up to today is left) and the custody check of every relationship. Checks the result: no
/// stage due left, the due children's relationships ended (through the outbox), a child not yet 13 untouched.
/// </summary>
internal static class SweepBenchmark
{
    /// <summary>The benchmark day; the hub's clock stands five seconds after midnight in Stockholm.</summary>
    private static readonly DateOnly Today = new(2026, 12, 3);

    /// <summary>AgeRules.ProxyUserAge (internal to the grains).</summary>
    private const int ProxyUserAge = 13;

    /// <summary>ProxyRelationshipGrain.ActiveIndex (the grain is internal).</summary>
    private const string ProxyActiveIndex = "proxy-active";

    /// <summary>DailyWorkGrain's page.</summary>
    private const int PageSize = 500;

    private static readonly string[] GivenNames = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Elsa", "Nils", "Sara", "Oskar", "Ida", "Hugo"];

    private static readonly string[] FamilyNames = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson"];

    public static async Task<int> RunAsync(string[] args)
    {
        var residents = Cli.Int(args, "--residents", 1_000_000);
        var maxSeconds = Cli.Int(args, "--max-seconds", 600);
        var childShare = Cli.Double(args, "--child-share", 0.15);
        if (residents is < 1_000 or > 2_000_000 || maxSeconds is < 1 or > 1_800 || childShare is <= 0 or > 0.5)
        {
            Console.Error.WriteLine("sweep: --residents 1000..2000000, --max-seconds 1..1800, --child-share (0, 0.5]");
            return 2;
        }

        var clock = new FixedClock(StockholmTime.StartOfDay(Today).AddSeconds(5));
        var key = RandomNumberGenerator.GetBytes(32);
        using var pseudonyms = new ResidentPseudonyms(key);
        await using var database = await PostgresDatabase.CreateAsync();
        await using var fleet = await SimulatorFleet.StartAsync(clock, CancellationToken.None);
        var timeout = TimeSpan.FromSeconds(maxSeconds + 60);

        var people = People(residents, childShare);
        foreach (var person in people)
        {
            fleet.PopulationRegistry.PutPerson(person.Registry(people));
        }

        // A first silo applies the migrations and lends its storage serializer; stopped before the timed run, and its
        // tick reminder dropped, so that the daily grain runs first from the benchmark's call, not from a reminder.
        var seedWatch = Stopwatch.StartNew();
        Seed seed;
        string serviceId;
        await using (var seeder = await BenchSilo.StartAsync(database.ConnectionString, fleet, clock, key, timeout))
        {
            serviceId = seeder.Options.ServiceId;
            seed = await SeedAsync(database.ConnectionString, seeder, pseudonyms, people);
        }

        await ExecuteAsync(database.ConnectionString, "DELETE FROM orleansreminderstable");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded in {seedWatch.Elapsed.TotalSeconds:F0} s: {residents:N0} residents ({seed.Children:N0} children under 13), {seed.BirthdayRows:N0} birthday-work rows ({seed.BirthdayRowsDue:N0} due on {Today:yyyy-MM-dd}, {seed.ChildrenDue:N0} children turning 13), {seed.Relationships:N0} active relationships ({seed.RelationshipsEndingToday:N0} of children turning 13); {seed.StateBytes / 1048576.0:N0} MiB of state"));

        var peer = await PeerAsync(database.ConnectionString, serviceId);
        return await HubAsync(database.ConnectionString, fleet, clock, key, timeout, maxSeconds, seed, peer) ? 0 : 3;
    }

    private static string Ratio(double hub, double peer) => string.Create(CultureInfo.InvariantCulture, $"{hub / Math.Max(peer, 0.001):F1} × the peer");

    /// <summary>The day's work through the hub: one RunAsync, the birthday phase timed by its rows, then the checks.</summary>
    private static async Task<bool> HubAsync(string connectionString, SimulatorFleet fleet, FixedClock clock, byte[] key, TimeSpan timeout, int maxSeconds, Seed seed, PeerRun peer)
    {
        await using var silo = await BenchSilo.StartAsync(connectionString, fleet, clock, key, timeout);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var due = $"SELECT count(*) FROM hub_index WHERE index_name = '{BirthdayStages.Index}' AND sort_key <= '{Today:yyyy-MM-dd}'";
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var load = Machine.Load();
        var heap0 = GC.GetTotalMemory(false);
        var activations0 = await silo.ActivationCountAsync();
        var cpu = Machine.OwnCpu();
        var watch = Stopwatch.StartNew();
        var lookups0 = fleet.PopulationRegistry.RequestCount;
        var run = silo.HubGrains.DailyWork().RunAsync();

        // The birthday stages are done when their rows up to today are gone (each stage's commit deletes its row).
        var birthday = double.NaN;
        var peakHeap = heap0;
        while (!run.IsCompleted && watch.Elapsed.TotalSeconds < maxSeconds)
        {
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
            if (double.IsNaN(birthday) && await ScalarAsync(dataSource, due) == 0)
            {
                birthday = watch.Elapsed.TotalSeconds;
            }

            await Task.WhenAny(run, Task.Delay(50));
        }

        // Bounded: a custody check that outlasts --max-seconds is reported by its rate so far (two registry lookups
        // per relationship), and the birthday work's checks below do not need it to end.
        DailyWorkReport? report = run.IsCompletedSuccessfully ? await run : null;
        var seconds = watch.Elapsed.TotalSeconds;
        if (double.IsNaN(birthday) && await ScalarAsync(dataSource, due) == 0)
        {
            birthday = seconds;
        }

        var used = (Machine.OwnCpu() - cpu).TotalSeconds;
        var lookups = fleet.PopulationRegistry.RequestCount - lookups0;
        var custody = seconds - birthday;
        var checkedSoFar = report?.RelationshipsChecked ?? (int)(lookups / 2);
        var rate = checkedSoFar / Math.Max(custody, 0.001);
        var projected = report is null ? birthday + (seed.Relationships / Math.Max(rate, 0.001)) : seconds;
        var activations = await silo.ActivationCountAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hub: IDailyWorkGrain.RunAsync() {(report is null ? $"NOT finished within --max-seconds {maxSeconds}" : $"{report.BirthdayStages:N0} birthday stages, {report.RelationshipsChecked:N0} relationships checked")} after {seconds:F1} s; birthday stages done at {birthday:F2} s; custody check {custody:F1} s for {checkedSoFar:N0} of {seed.Relationships:N0} relationships = {rate:N0}/s ({lookups:N0} registry lookups){(report is null ? string.Create(CultureInfo.InvariantCulture, $", whole daily work projected at {projected:F0} s") : "")}; {used:F1} s CPU of this process (silo + registry simulator; PostgreSQL's not counted)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  memory: GC heap {Machine.Mib(heap0)} before, peak sampled {Machine.Mib(peakHeap)}; activations {activations0:N0} before, {activations:N0} after; load {load} -> {Machine.Load()}"));

        var ok = !double.IsNaN(birthday) && await CheckAsync(silo, dataSource, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT sweep {seed.Residents:N0}: birthday stages hub {birthday:F2} s vs SQL alone {peer.BirthdaySeconds:F2} s ({Ratio(birthday, peer.BirthdaySeconds)}); whole daily work hub {(report is null ? $"≈ {projected:F0} s (projected)" : $"{seconds:F1} s")} vs SQL alone {peer.Seconds:F1} s ({Ratio(projected, peer.Seconds)}); goal ≤ 30 s for the birthday work: {(ok && birthday <= 30 ? "met" : "missed")}, for the whole daily work: {(ok && projected <= 30 ? "met" : "missed")}; result {(ok ? "correct" : "WRONG")}; load {Machine.Load()}"));
        return ok;
    }

    /// <summary>
    /// Nothing due is left, the relationships of the children turning 13 ended (the outbox delivers those ends, so it
    /// is waited for, bounded), the others are all still active, and one child not yet 13 keeps an active relationship.
    /// </summary>
    private static async Task<bool> CheckAsync(BenchSilo silo, NpgsqlDataSource dataSource, Seed seed)
    {
        var dueLeft = await ScalarAsync(dataSource, $"SELECT count(*) FROM hub_index WHERE index_name = '{BirthdayStages.Index}' AND sort_key <= '{Today:yyyy-MM-dd}'");
        var aheadLeft = await ScalarAsync(dataSource, $"SELECT count(*) FROM hub_index WHERE index_name = '{BirthdayStages.Index}' AND sort_key > '{Today:yyyy-MM-dd}'");
        var expectedActive = seed.Relationships - seed.RelationshipsEndingToday;
        var active = -1L;
        var wait = Stopwatch.StartNew();
        while (wait.Elapsed < TimeSpan.FromSeconds(120) && (active = await ScalarAsync(dataSource, $"SELECT count(*) FROM hub_index WHERE index_name = '{ProxyActiveIndex}'")) != expectedActive)
        {
            await Task.Delay(500);
        }

        var ended = seed.DueSample is null ? null : await silo.HubGrains.Relationship(seed.DueSample.Value.Guardian, seed.DueSample.Value.Child).GetAsync();
        var untouched = await silo.HubGrains.Relationship(seed.NotDueSample.Guardian, seed.NotDueSample.Child).GetAsync();
        var ok = dueLeft == 0 && aheadLeft == seed.BirthdayRows - seed.BirthdayRowsDue && active == expectedActive
            && (seed.DueSample is null || ended is { Status: ProxyStatus.Ended }) && untouched is { Status: ProxyStatus.Active };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"check: {dueLeft:N0} birthday-work rows due left (expected 0), {aheadLeft:N0} ahead (expected {seed.BirthdayRows - seed.BirthdayRowsDue:N0}); {active:N0} active relationships after {wait.Elapsed.TotalSeconds:F1} s of waiting for the outbox (expected {expectedActive:N0}); a child turning 13: {ended?.Status ?? "none seeded"} ({ended?.Reason}); a child not due: {untouched?.Status}: {(ok ? "correct" : "WRONG")}"));
        return ok;
    }

    /// <summary>The same SQL alone: the index pages the daily work reads and one state read per row, 16 at a time, with no silo.</summary>
    private static async Task<PeerRun> PeerAsync(string connectionString, string serviceId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddHubStore(new HubStoreOptions { Kind = HubStoreKind.Postgres, ConnectionString = connectionString });
        using var host = builder.Build();
        await host.StartAsync();
        var index = host.Services.GetRequiredService<IIndexStore>();
        await using var storage = await StoragePeer.OpenAsync(connectionString, serviceId);
        var load = Machine.Load();
        var cpu = Machine.OwnCpu();
        var watch = Stopwatch.StartNew();
        var until = Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stages = await PagesAsync(index, new IndexQuery(BirthdayStages.Index, BirthdayStages.Partition, SortTo: until, Limit: PageSize), entry =>
            storage.ReadAsync("resident-account", BirthdayStages.ParseEntryKey(entry.EntryKey).Personnummer, "account"));
        var birthday = watch.Elapsed.TotalSeconds;
        var relationships = await PagesAsync(index, new IndexQuery(ProxyActiveIndex, "all", Limit: PageSize), entry =>
            storage.ReadAsync("proxy-relationship", entry.EntryKey, "relationship"));
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peer (the same SQL alone: index pages of {PageSize} and one state read per row, 16 at a time, no silo): {stages:N0} birthday rows in {birthday:F2} s, {relationships:N0} relationships in {seconds - birthday:F1} s; {(Machine.OwnCpu() - cpu).TotalSeconds:F1} s CPU of this process; load {load} -> {Machine.Load()}"));
        await host.StopAsync();
        return new PeerRun(birthday, seconds);
    }

    private static async Task<int> PagesAsync(IIndexStore index, IndexQuery query, Func<IndexEntry, Task<int>> read)
    {
        var count = 0;
        while (true)
        {
            var page = await index.QueryAsync(query, CancellationToken.None);
            await Parallel.ForEachAsync(page, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (entry, _) =>
            {
                if (await read(entry) == 0)
                {
                    throw new InvalidOperationException($"No state for {entry.Grain.Key}: the seed's keys are not the provider's.");
                }
            });
            count += page.Count;
            if (page.Count < query.Limit)
            {
                return count;
            }

            query = query with { After = new IndexCursor(page[^1].SortKey, page[^1].EntryKey) };
        }
    }

    private static Person[] People(int residents, double childShare)
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

        // Guardians are adults aged 25..60; the 13th birthdays spread evenly over the coming 13 years (about 1/4,748 today),
        // the first child turns 13 today and the second in a year, so that both checks have a subject at any size.
        var guardianPool = Enumerable.Range(0, adults).Where(i => people[i].BirthDate.Year >= Today.Year - 60 && people[i].BirthDate.Year <= Today.Year - 25).ToArray();
        var thirteenYears = Today.AddYears(13).DayNumber - Today.DayNumber;
        for (var i = adults; i < residents; i++)
        {
            var thirteenth = i == adults ? Today : i == adults + 1 ? Today.AddYears(1) : Today.AddDays(random.Next(thirteenYears));
            var birth = thirteenth.AddYears(-ProxyUserAge);
            var g1 = guardianPool[random.Next(guardianPool.Length)];
            var g2 = random.Next(2) == 1 ? guardianPool[random.Next(guardianPool.Length)] : -1;
            people[i] = new Person(NewNumber(birth, serials, random), birth, random.Next(GivenNames.Length), people[g1].Family, people[g1].Region)
            {
                Guardian1 = g1,
                Guardian2 = g2 == g1 ? -1 : g2,
            };
            foreach (var g in people[i].GuardianIndexes)
            {
                (people[g].Children ??= []).Add(i);
            }
        }

        return people;
    }

    private static async Task<Seed> SeedAsync(string connectionString, BenchSilo silo, ResidentPseudonyms pseudonyms, Person[] people)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var stateConnection = await dataSource.OpenConnectionAsync();
        await using var indexConnection = await dataSource.OpenConnectionAsync();
        var states = await OrleansStateCopy.BeginAsync(stateConnection, silo.Options.ServiceId, silo.StorageSerializer);
        var index = await HubIndexCopy.BeginAsync(indexConnection);
        var since = StockholmTime.StartOfDay(Today.AddDays(-400));
        int children = 0, birthdayRows = 0, birthdayRowsDue = 0, childrenDue = 0, relationships = 0, endingToday = 0;
        (string Guardian, string Child)? dueSample = null;
        (string Guardian, string Child)? notDueSample = null;
        for (var i = 0; i < people.Length; i++)
        {
            var person = people[i];
            var account = pseudonyms.Of(person.Number);
            var guardians = person.GuardianIndexes.Select(g => people[g].Number).ToList();
            var isChild = person.Guardian1 >= 0;
            var thirteenth = person.BirthDate.AddYears(ProxyUserAge);
            var state = new ResidentAccountState
            {
                Known = true,
                GivenName = GivenNames[person.Given],
                FamilyName = FamilyNames[person.Family],
                BirthDate = person.BirthDate,
                Region = Region(person.Region),
                Guardians = guardians,
                Mobile = isChild ? null : string.Create(CultureInfo.InvariantCulture, $"+4670{1_000_000 + i:D7}"),
                Email = isChild ? null : string.Create(CultureInfo.InvariantCulture, $"person{i}@example.se"),
                ProxyChildren = person.Children?.Select(c => people[c].Number).ToList() ?? [],
                ProxyGuardians = guardians,
                BirthdayWorkScheduledFor = isChild ? thirteenth : null,
            };
            if (isChild)
            {
                children++;
                childrenDue += thirteenth == Today ? 1 : 0;
                foreach (var stage in BirthdayStages.All)
                {
                    var due = BirthdayStages.DueOn(stage, thirteenth);
                    if (due < Today)
                    {
                        state.BirthdayStagesDone.Add(stage); // an earlier day's work did it and deleted its row
                        continue;
                    }

                    birthdayRows++;
                    birthdayRowsDue += due == Today ? 1 : 0;
                    await index.WriteAsync(BirthdayStages.Index, BirthdayStages.EntryKey(account, stage), BirthdayStages.Partition, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "resident-account", account);
                }
            }

            await states.WriteAsync("resident-account", account, "account", state);
            foreach (var guardian in guardians)
            {
                var relationshipKey = ProxyRelationshipKey.Of(pseudonyms.Of(guardian), account);
                var relationship = new ProxyRelationshipState
                {
                    Exists = true,
                    Guardian = guardian,
                    Child = person.Number,
                    ChildName = state.Name,
                    ChildBirthDate = person.BirthDate,
                    Status = ProxyStatus.Active,
                    Since = since,
                    History = [new ProxyChange(since, ProxyStatus.Active, "created")],
                };
                await states.WriteAsync("proxy-relationship", relationshipKey, "relationship", relationship);
                await index.WriteAsync(ProxyActiveIndex, relationshipKey, "all", relationshipKey, "proxy-relationship", relationshipKey);
                relationships++;
                if (thirteenth == Today)
                {
                    endingToday++;
                    dueSample ??= (guardian, person.Number);
                }
                else if (thirteenth > Today.AddDays(200))
                {
                    notDueSample ??= (guardian, person.Number);
                }
            }
        }

        await states.CompleteAsync();
        await index.CompleteAsync();
        foreach (var table in new[] { "orleansstorage", "hub_index" })
        {
            await ExecuteAsync(connectionString, $"VACUUM ANALYZE {table}");
        }

        return new Seed(people.Length, children, birthdayRows, birthdayRowsDue, childrenDue, relationships, endingToday, states.Bytes, dueSample, notDueSample ?? throw new InvalidOperationException("No child far from 13 was seeded."));
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 600;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 900 };
        await command.ExecuteNonQueryAsync();
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

    private sealed record Seed(int Residents, int Children, int BirthdayRows, int BirthdayRowsDue, int ChildrenDue, int Relationships, int RelationshipsEndingToday, long StateBytes, (string Guardian, string Child)? DueSample, (string Guardian, string Child) NotDueSample);

    private sealed record PeerRun(double BirthdaySeconds, double Seconds);

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

        public IEnumerable<int> GuardianIndexes => new[] { Guardian1, Guardian2 }.Where(g => g >= 0);

        public Simulators.PopulationRegistry.SimulatedPerson Registry(Person[] people) => new()
        {
            Personnummer = Number,
            GivenName = GivenNames[Given],
            FamilyName = FamilyNames[Family],
            BirthDate = BirthDate,
            Region = SweepBenchmark.Region(Region),
            Guardians = Guardian1 < 0 ? null : [.. GuardianIndexes.Select(g => people[g].Number)],
        };
    }
}
