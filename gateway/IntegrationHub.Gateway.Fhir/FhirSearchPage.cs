using System.Globalization;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Search;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// One page of a search (<c>_count</c>, at most <see cref="MaxCount"/>; the hub's own <c>_offset</c> in the
/// <c>next</c> links it writes), and the searchset Bundle of it.
/// </summary>
internal sealed record FhirSearchPage(int Count, int Offset)
{
    public const int DefaultCount = 50;

    public const int MaxCount = 100;

    public static IResult? TryRead(HttpRequest request, out FhirSearchPage page)
    {
        page = new FhirSearchPage(DefaultCount, 0);
        var count = DefaultCount;
        var offset = 0;
        if (request.Query.TryGetValue("_count", out var countText)
            && (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 0))
        {
            return FhirResults.BadRequest("_count is a whole number of 0 or more.", "_count");
        }

        if (request.Query.TryGetValue("_offset", out var offsetText)
            && !int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return FhirResults.BadRequest("_offset is a whole number of 0 or more.", "_offset");
        }

        page = new FhirSearchPage(Math.Min(count, MaxCount), offset);
        return null;
    }

    /// <summary>The Bundle of this page of <paramref name="matches"/>, with the resources each match brings (<c>_revinclude</c>).</summary>
    public Bundle ToBundle(HttpRequest request, IReadOnlyList<Resource> matches, Func<Resource, IEnumerable<Resource>>? includes = null)
    {
        var baseUrl = FhirRequest.BaseUrl(request);
        var shown = matches.Skip(Offset).Take(Count).ToList();
        var next = Offset + Count < matches.Count && Count > 0 ? PageUrl(request, Offset + Count) : null;
        var bundle = SearchSets.Of(baseUrl, PageUrl(request, Offset), shown, matches.Count, next);
        if (includes is not null)
        {
            bundle.Entry.AddRange(shown.SelectMany(includes).Select(r => SearchSets.Included(baseUrl, r)));
        }

        return bundle;
    }

    private static string PageUrl(HttpRequest request, int offset)
    {
        var pairs = request.Query
            .Where(q => q.Key != "_offset")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .ToList();
        if (offset > 0)
        {
            pairs.Add(new("_offset", offset.ToString(CultureInfo.InvariantCulture)));
        }

        return FhirRequest.BaseUrl(request) + request.Path.Value![FhirRequest.Prefix.Length..] + QueryString.Create(pairs);
    }
}
