using System.Diagnostics;
using System.Globalization;

namespace IntegrationHub.Benchmarks.Harness;

/// <summary>What the shared machine is doing: its load and a process's CPU time (Linux /proc), for every figure printed.</summary>
internal static class Machine
{
    /// <summary>The 1-, 5- and 15-minute load averages.</summary>
    public static string Load()
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

    /// <summary>User + system CPU seconds of a process on this machine, or 0 without one.</summary>
    public static double CpuSeconds(string? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return 0;
        }

        // Fields after the command name (which may contain spaces): utime is field 14, stime 15.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / 100.0; // USER_HZ is 100 on Linux
    }

    /// <summary>This process's CPU time so far.</summary>
    public static TimeSpan OwnCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N0} MiB");
}
