using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Resources;

/// <summary>
/// An R4 Bundle (a Resource, not a DomainResource); the hub answers searches with a <c>searchset</c>, whose entries
/// hold resources of any type. <c>signature</c> is not modelled.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Bundle : Resource
{
    public Identifier? Identifier { get; init; }

    [RequiredBinding("document", "message", "transaction", "transaction-response", "batch", "batch-response", "history", "searchset", "collection")]
    public required string Type { get; init; }

    [JsonConverter(typeof(FhirInstantConverter))]
    public string? Timestamp { get; init; }

    public int? Total { get; init; }

    public IReadOnlyList<BundleLink>? Link { get; init; }

    public IReadOnlyList<BundleEntry>? Entry { get; init; }

    protected override string TypeName => "Bundle";

    /// <summary>
    /// A searchset of these matches (each with <c>fullUrl</c> <c>{baseUrl}/{type}/{id}</c> and search mode match),
    /// a <c>self</c> link and, when given, a <c>next</c> link. <paramref name="total"/> defaults to the count of matches.
    /// </summary>
    public static Bundle SearchSet(
        string baseUrl, string selfUrl, IEnumerable<Resource> matches, int? total = null, string? nextUrl = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var entries = matches
            .Select(resource => new BundleEntry
            {
                FullUrl = resource.Id is null ? null : $"{baseUrl.TrimEnd('/')}/{resource.ResourceType}/{resource.Id}",
                Resource = resource,
                Search = new BundleSearch { Mode = SearchEntryModeCodes.Match },
            })
            .ToList();
        List<BundleLink> links = [new BundleLink { Relation = BundleLinkRelations.Self, Url = selfUrl }];
        if (nextUrl is not null)
        {
            links.Add(new BundleLink { Relation = BundleLinkRelations.Next, Url = nextUrl });
        }

        return new Bundle { Type = BundleTypeCodes.Searchset, Total = total ?? entries.Count, Link = links, Entry = entries };
    }
}
