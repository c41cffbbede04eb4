using BenchmarkDotNet.Running;
using IntegrationHub.Benchmarks.Gateway;
using IntegrationHub.Benchmarks.Harness;

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
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(Scenarios).Assembly).Run(args[1..]);
        break;
    default:
        Console.WriteLine("usage: IntegrationHub.Benchmarks calls | cold | write | login [options] | bdn [BenchmarkDotNet arguments]");
        Console.WriteLine("login: --hub http://127.0.0.1:PORT --count 20000 --concurrency 64 [--warmup 1000] [--max-seconds 120] [--first N] [--cookies FILE] [--cpu-pid HUBPID]");
        Console.WriteLine("       against a running local hub in simulation mode (scripts/bench-gateway.sh starts one)");
        Console.WriteLine("cold and write need HUB_TEST_POSTGRES: run them under scripts/with-postgres.sh");
        break;
}

return 0;
