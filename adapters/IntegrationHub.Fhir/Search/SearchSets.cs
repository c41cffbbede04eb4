using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Search;

/// <summary>The searchset Bundles the hub and its simulators answer searches with.</summary>
public static class SearchSets
{
    /// <summary>
    /// A searchset of these matches (each with <c>fullUrl</c> <c>{baseUrl}/{type}/{id}</c> and search mode match), a
    /// <c>self</c> link and, when given, a <c>next</c> link. <paramref name="total"/> defaults to the count of matches.
    /// </summary>
    public static Bundle Of(string baseUrl, string selfUrl, IEnumerable<Resource> matches, int? total = null, string? nextUrl = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var entries = matches.Select(r => Entry(baseUrl, r, Bundle.SearchEntryMode.Match)).ToList();
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = total ?? entries.Count, Entry = entries };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = selfUrl });
        if (nextUrl is not null)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = nextUrl });
        }

        return bundle;
    }

    /// <summary>An entry of a resource a match brought along (<c>_include</c>, <c>_revinclude</c>): search mode include.</summary>
    public static Bundle.EntryComponent Included(string baseUrl, Resource resource) => Entry(baseUrl, resource, Bundle.SearchEntryMode.Include);

    private static Bundle.EntryComponent Entry(string baseUrl, Resource resource, Bundle.SearchEntryMode mode) => new()
    {
        FullUrl = resource.Id is null ? null : $"{baseUrl.TrimEnd('/')}/{resource.TypeName}/{resource.Id}",
        Resource = resource,
        Search = new Bundle.SearchComponent { Mode = mode },
    };
}
