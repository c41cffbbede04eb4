using BenchmarkDotNet.Running;
using IntegrationHub.Benchmarks.Cases;
using IntegrationHub.Benchmarks.Gateway;
using IntegrationHub.Benchmarks.Harness;
using IntegrationHub.Benchmarks.Sweep;

// Runs one named measurement, bounded in time and count, and prints one line per result (see docs/PERFORMANCE.md).
var what = args.FirstOrDefault() ?? "help";
switch (what)
{
    case "calls":
        foreach (var workers in new[] { 2, 100 })
        {
            Console.WriteLine($"grain calls, {workers} callers: {await Scenarios.GrainCallsAsync(workers, TimeSpan.FromSeconds(10))}");
        }

        break;
    case "cold":
        Console.WriteLine($"cold activation from PostgreSQL: {await Scenarios.ColdActivationsAsync(5_000)}");
        break;
    case "write":
        Console.WriteLine($"state write to PostgreSQL, 1 writer: {await Scenarios.StateWritesAsync(1, 5_000)}");
        Console.WriteLine($"state write to PostgreSQL, 16 writers: {await Scenarios.StateWritesAsync(16, 1_000)}");
        break;
    case "login":
        return await LoginLoad.RunAsync(args[1..]);
    case "sweep":
        return await SweepBenchmark.RunAsync(args[1..]);
    case "cases":
        return await CaseLoad.RunAsync(args[1..]);
    case "case-purge":
        return await CasePurgeBenchmark.RunAsync(args[1..]);
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(Scenarios).Assembly).Run(args[1..]);
        break;
    default:
        Console.WriteLine("usage: IntegrationHub.Benchmarks calls | cold | write | login [options] | sweep [options] | bdn [BenchmarkDotNet arguments]");
        Console.WriteLine("login: --hub http://127.0.0.1:PORT --count 20000 --concurrency 64 [--warmup 1000] [--max-seconds 120] [--first N] [--cookies FILE] [--cpu-pid HUBPID]");
        Console.WriteLine("       against a running local hub in simulation mode (scripts/bench-gateway.sh starts one)");
        Console.WriteLine("sweep: [--residents 1000000] [--max-seconds 300] [--child-share 0.15] [--probe-registry 20000]: seeds PostgreSQL and times the daily sweep");
        Console.WriteLine("cases: --hub http://127.0.0.1:PORT [--count 5000] [--warmup 300] [--concurrency 32] [--residents 256] [--file-bytes 1048576] [--max-seconds 120] [--cpu-pid HUBPID]");
        Console.WriteLine("       [--inbox-seed 100000 --sqlite DATA/hub.db | --postgres CONN] [--inbox-gets 2000]: 1 MB case submits, then the clinic inbox over seeded cases");
        Console.WriteLine("case-purge: [--cases 1000000] [--live 100000] [--with-files 10000] [--max-seconds 300]: seeds PostgreSQL and times the retention purge");
        Console.WriteLine("cold, write, sweep and case-purge need HUB_TEST_POSTGRES: run them under scripts/with-postgres.sh");
        break;
}

return 0;
