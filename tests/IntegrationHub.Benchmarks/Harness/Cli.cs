using System.Globalization;

namespace IntegrationHub.Benchmarks.Harness;

/// <summary>The subcommands' <c>--name value</c> options.</summary>
internal static class Cli
{
    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public static double Double(string[] args, string name, double fallback) =>
        Option(args, name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public static bool Flag(string[] args, string name) => Array.IndexOf(args, name) >= 0;
}
