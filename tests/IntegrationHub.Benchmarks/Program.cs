using BenchmarkDotNet.Running;
using IntegrationHub.Benchmarks.Gateway;
using IntegrationHub.Benchmarks.Runtime;

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
        Console.WriteLine("sweep, cases and case-purge (Sweep/, Cases/) are not ported to Orleans yet: see docs/PERFORMANCE.md");
        break;
}

return 0;
