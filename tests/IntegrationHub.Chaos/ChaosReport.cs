using System.Globalization;
using System.Text;

namespace IntegrationHub.Chaos;

/// <summary>What the run saw, and the figures docs/RELIABILITY.md records.</summary>
internal sealed record ChaosReport(double Seconds, IReadOnlyList<Attempt> Attempts, IReadOnlyList<Fault> Faults, IReadOnlyList<LockProbe> Locks, int Acknowledged, int Lost)
{
    /// <summary>The client errors after a fault, until the next fault: how many, the first and the last (seconds after it).</summary>
    public (int Errors, double? First, double? Last) WindowAfter(Fault fault)
    {
        var until = Faults.Where(f => f.At > fault.At && !f.What.Contains("again", StringComparison.Ordinal)).Select(f => f.At).DefaultIfEmpty(Seconds).Min();
        var errors = Attempts.Where(a => !a.Succeeded && a.At >= fault.At && a.At < until).ToList();
        return errors.Count == 0 ? (0, null, null) : (errors.Count, errors.Min(e => e.At) - fault.At, errors.Max(e => e.At) - fault.At);
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var ok = Attempts.Count(a => a.Succeeded);
        md.AppendLine(Invariant($"Load: {Attempts.Count} requests in {Seconds:F0} s ({Attempts.Count(a => a.Kind == "login")} logins, {Attempts.Count(a => a.Kind == "case")} case submissions), {ok} succeeded, {Attempts.Count - ok} client errors."));
        md.AppendLine(Invariant($"Acknowledged case submissions: {Acknowledged}; missing afterwards: **{Lost}**."));
        md.AppendLine();
        md.AppendLine("| fault (s from start) | client errors | first error after it | last error after it (recovered) | outcomes |");
        md.AppendLine("| --- | ---: | ---: | ---: | --- |");
        foreach (var fault in Faults.Where(f => !f.What.Contains("again", StringComparison.Ordinal)))
        {
            var (errors, first, last) = WindowAfter(fault);
            var outcomes = string.Join(", ", Attempts.Where(a => !a.Succeeded && a.At >= fault.At && a.At <= fault.At + (last ?? 0)).GroupBy(a => a.Outcome).Select(g => $"{g.Key} × {g.Count()}"));
            md.AppendLine(Invariant($"| {fault.What} ({fault.At:F1}) | {errors} | {Format(first)} | {Format(last)} | {outcomes} |"));
        }

        md.AppendLine();
        md.AppendLine("| lock | from the execution's 200 to the refusal at the other gateway |");
        md.AppendLine("| --- | ---: |");
        foreach (var probe in Locks)
        {
            md.AppendLine(Invariant($"| {probe.Condition} ({probe.At:F1} s) | {(probe.MillisecondsToRefusal is { } ms ? $"{ms:F0} ms" : probe.Note)} |"));
        }

        return md.ToString();
    }

    private static string Format(double? value) => value is { } v ? Invariant($"{v:F1} s") : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
