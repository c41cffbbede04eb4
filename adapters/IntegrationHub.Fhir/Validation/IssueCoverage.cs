using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Validation;

/// <summary>
/// One issue per problem. The reader, the profile and the hub's rules often see the same fault (a missing
/// <c>scope</c> is a cardinality error to the reader and a missing member to the profile; a badly formed personnummer is
/// a wrong literal to the reader and no valid patient to the hub): a later step's issue is left out when an earlier
/// issue concerns the same element, one inside it or one around it, or all the child elements it names
/// (an array as a whole is no element around its items: <c>actor[1]</c> stays beside <c>actor[0]</c>). Issues about
/// the resource as a whole (an invariant, a repeated element) neither hide nor are hidden by that rule.
/// </summary>
internal static partial class IssueCoverage
{
    public static void AddUncovered(List<OperationOutcome.IssueComponent> issues, IEnumerable<OperationOutcome.IssueComponent> later)
    {
        var earlier = issues.Select(PathOf).Where(p => p.Contains('.', StringComparison.Ordinal)).ToList();
        issues.AddRange(later.Where(issue => !IsCovered(issue, earlier)));
    }

    private static bool IsCovered(OperationOutcome.IssueComponent issue, List<string> earlier)
    {
        var path = PathOf(issue);
        if (path.Contains('.', StringComparison.Ordinal) && earlier.Any(e => e == path || IsInside(e, path) || IsInside(path, e)))
        {
            return true;
        }

        var named = QuotedName().Matches(issue.Details?.Text ?? issue.Diagnostics ?? string.Empty).Select(m => $"{path}.{m.Groups["name"].Value}").ToList();
        return named.Count > 0 && named.All(earlier.Contains);
    }

    private static bool IsInside(string inner, string outer) =>
        inner.StartsWith(outer, StringComparison.Ordinal) && inner.Length > outer.Length && inner[outer.Length] == '.';

    // Firely's validator indexes every element ("Consent.dateTime[0]"), its reader only repeating ones.
    private static string PathOf(OperationOutcome.IssueComponent issue) =>
        (issue.Expression?.FirstOrDefault() ?? string.Empty).Replace("[0]", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"'(?<name>[A-Za-z][A-Za-z0-9]*)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();
}
