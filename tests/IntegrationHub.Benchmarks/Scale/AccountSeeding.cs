using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IntegrationHub.Benchmarks.Gateway;
using IntegrationHub.Benchmarks.Harness;
using IntegrationHub.Benchmarks.Seeding;
using IntegrationHub.Grains.Accounts;
using IntegrationHub.Grains.Contracts.Audit;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.ServiceDefaults;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Serialization;
using Orleans.Storage;

namespace IntegrationHub.Benchmarks.Scale;

/// <summary>
/// Synthetic residents' accounts bulk-loaded into a running cluster's PostgreSQL, as a login leaves them: the account
/// grain's state in Orleans' <c>orleansstorage</c> (COPY, the provider's own row, keyed by the pseudonym the cluster's
/// key gives, JSON by Orleans' System.Text.Json storage serializer as the silo writes it) and, unless
/// <c>--no-audit</c>, the login's audit row in <c>hub_index</c> (partition = the personnummer, as the grain writes it).
/// The residents are <see cref="LoginLoad.Personnummer"/>(first..first+count-1): valid check digits, born 1960-1996,
/// never real people. The pseudonym key comes by environment (<c>HUB_PSEUDONYM_KEY</c>), never on a command line.
/// Batches of <c>--batch</c> rows, each one COPY and one commit, with progress after each.
/// </summary>
internal static class AccountSeeding
{
    private const string AccountGrainType = "resident-account";
    private const string AccountStateName = "account";

    public static async Task<int> RunAsync(string[] args)
    {
        var connectionString = Cli.Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("HUB_POSTGRES");
        var key = Environment.GetEnvironmentVariable("HUB_PSEUDONYM_KEY");
        var first = Cli.Int(args, "--first", 0);
        var count = Cli.Int(args, "--count", 10_000);
        var batch = Cli.Int(args, "--batch", 500_000);
        var maxSeconds = Cli.Int(args, "--max-seconds", 3600);
        var serviceId = Cli.Option(args, "--service-id") ?? new HubOptions().ServiceId;
        var audit = !Cli.Flag(args, "--no-audit");
        if (connectionString is null || string.IsNullOrWhiteSpace(key))
        {
            Console.Error.WriteLine("seed-accounts: needs --postgres CONNECTION (or HUB_POSTGRES) and HUB_PSEUDONYM_KEY (the cluster's Hub:PseudonymKey)");
            return 2;
        }

        if (first < 0 || count is < 1 or > 20_000_000 || batch < 1 || (long)first + count > 20_000_000)
        {
            Console.Error.WriteLine("seed-accounts: --first >= 0, --count 1..20000000, first + count <= 20000000");
            return 2;
        }

        using var pseudonyms = new ResidentPseudonyms(Convert.FromBase64String(key));
        IGrainStorageSerializer serializer = new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(maxSeconds));
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        for (var start = first; start < first + count; start += batch)
        {
            deadline.Token.ThrowIfCancellationRequested();
            var end = Math.Min(first + count, start + batch);
            var states = CopyStatesAsync(dataSource, serviceId, serializer, pseudonyms, start, end);
            var rows = audit ? CopyAuditRowsAsync(dataSource, pseudonyms, start, end) : Task.CompletedTask;
            await Task.WhenAll(states, rows);
            bytes += await states;
            var done = end - first;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seeded {done:N0} / {count:N0} accounts{(audit ? " + audit rows" : string.Empty)} in {clock.Elapsed.TotalSeconds:F0} s ({done / clock.Elapsed.TotalSeconds:N0}/s, {Machine.Mib(bytes)} of state JSON); load {Machine.Load()}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed-accounts: {count:N0} accounts (residents {first:N0}..{first + count - 1:N0}) in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    private static async Task<long> CopyStatesAsync(NpgsqlDataSource dataSource, string serviceId, IGrainStorageSerializer serializer, ResidentPseudonyms pseudonyms, int start, int end)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var copy = await OrleansStateCopy.BeginAsync(connection, serviceId, serializer);
        for (var i = start; i < end; i++)
        {
            var personnummer = LoginLoad.Personnummer(i);
            await copy.WriteAsync(AccountGrainType, pseudonyms.Of(personnummer), AccountStateName, State(personnummer, i));
        }

        await copy.CompleteAsync();
        return copy.Bytes;
    }

    private static async Task CopyAuditRowsAsync(NpgsqlDataSource dataSource, ResidentPseudonyms pseudonyms, int start, int end)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var copy = await HubIndexCopy.BeginAsync(connection);
        var now = DateTimeOffset.UtcNow;
        for (var i = start; i < end; i++)
        {
            var personnummer = LoginLoad.Personnummer(i);
            var at = now.AddMinutes(-(i % 525_600));
            var record = new AuditRecord(Guid.CreateVersion7(at), at, "login", "resident", personnummer, null, "success", "bankid");
            await copy.WriteAsync(AuditIndex.Name, record.Id.ToString("N"), personnummer, AuditIndex.SortKey(record), AccountGrainType, pseudonyms.Of(personnummer), JsonSerializer.Serialize(record, JsonSerializerOptions.Web));
        }

        await copy.CompleteAsync();
    }

    /// <summary>What a first login leaves of an adult resident the registry simulator knows (LoginLoad's names, region 01).</summary>
    private static ResidentAccountState State(string personnummer, int index) => new()
    {
        Known = true,
        GivenName = "Bench",
        FamilyName = string.Create(CultureInfo.InvariantCulture, $"Resident{index}"),
        BirthDate = DateOnly.ParseExact(personnummer[..8], "yyyyMMdd", CultureInfo.InvariantCulture),
        Region = "01",
    };
}
