using BenchmarkDotNet.Running;
using IntegrationHub.Benchmarks.Cases;
using IntegrationHub.Benchmarks.Gateway;
using IntegrationHub.Benchmarks.Runtime;
using IntegrationHub.Benchmarks.Scale;
using IntegrationHub.Benchmarks.Sweep;

// Runs one named measurement, bounded in time and count, and prints one line per result (see docs/PERFORMANCE.md).
var what = args.FirstOrDefault() ?? "help";
switch (what)
{
    case "calls":
        return await RuntimeScenarios.CallsAsync(args[1..]);
    case "cold":
        return await RuntimeScenarios.ColdAsync(args[1..]);
    case "write":
        return await RuntimeScenarios.WritesAsync(args[1..]);
    case "login":
        return await LoginLoad.RunAsync(args[1..]);
    case "yarp-peer":
        return await YarpPeer.RunAsync(args[1..]);
    case "seed-accounts":
        return await AccountSeeding.RunAsync(args[1..]);
    case "distinct-logins":
        return await DistinctLogins.RunAsync(args[1..]);
    case "sweep":
        return await SweepBenchmark.RunAsync(args[1..]);
    case "case-purge":
        return await CasePurgeBenchmark.RunAsync(args[1..]);
    case "cases":
        return await CaseLoad.RunAsync(args[1..]);
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(RuntimeScenarios).Assembly).Run(args[1..]);
        break;
    default:
        Console.WriteLine("usage: IntegrationHub.Benchmarks calls | cold | write | login [options] | yarp-peer [options] | bdn [BenchmarkDotNet arguments]");
        Console.WriteLine("calls: [--seconds 10]: calls to active grains in a hub silo (SQLite store), 2 and 100 callers");
        Console.WriteLine("cold: [--count 5000], write: [--count 5000] [--count16 1000]: PostgreSQL grain storage; need HUB_TEST_POSTGRES (scripts/with-postgres.sh)");
        Console.WriteLine("login: --hub http://127.0.0.1:PORT [--sim URL] --count 20000 --concurrency 64 [--warmup 1000] [--max-seconds 120] [--first N] [--cookies FILE] [--cpu-pid PID[,PID]] [--registry-peer N]");
        Console.WriteLine("       against a running hub in simulation mode (scripts/bench-gateway.sh starts one)");
        Console.WriteLine("yarp-peer: --upstream http://127.0.0.1:PORT --urls http://127.0.0.1:PORT: the hop-out route without the session check, until stopped");
        Console.WriteLine("seed-accounts --postgres CONN [--first 0] [--count 10000] [--no-audit], distinct-logins --hub GATEWAY --sim URL --silo-metrics URL --silo-pid PID [--count N] [--seconds 600]: scripts/bench-scale.sh");
        Console.WriteLine("sweep [--residents 1000000] [--max-seconds 600], case-purge [--cases 1000000] [--live 100000] [--max-seconds 300]: need HUB_TEST_POSTGRES");
        Console.WriteLine("cases: --hub http://127.0.0.1:PORT [--count 5000] [--concurrency 32] [--postgres CONN] [--cpu-pid PID] (scripts/bench-batch.sh)");
        break;
}

return 0;
