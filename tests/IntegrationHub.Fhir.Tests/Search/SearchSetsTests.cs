using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Search;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Search;

public sealed class SearchSetsTests
{
    [Fact]
    public void Of_Matches_HaveFullUrlModeAndTotal()
    {
        var bundle = SearchSets.Of(LayerExamples.BaseUrl + "/", LayerExamples.BaseUrl + "/Flag", [new Flag { Id = "lock-1" }, new Flag { Id = "lock-2" }]);

        Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
        Assert.Equal(2, bundle.Total);
        Assert.Equal($"{LayerExamples.BaseUrl}/Flag/lock-1", bundle.Entry[0].FullUrl);
        Assert.All(bundle.Entry, e => Assert.Equal(Bundle.SearchEntryMode.Match, e.Search!.Mode));
        Assert.Equal("self", Assert.Single(bundle.Link).Relation);
    }

    [Fact]
    public void Of_NextUrlAndTotal_AddsTheNextLink()
    {
        var bundle = SearchSets.Of(LayerExamples.BaseUrl, "self-url", [new Flag { Id = "lock-1" }], total: 7, nextUrl: "next-url");

        Assert.Equal(7, bundle.Total);
        Assert.Equal([("self", "self-url"), ("next", "next-url")], bundle.Link.Select(l => (l.Relation, l.Url)));
    }

    [Fact]
    public void Included_Resource_IsOfModeInclude() =>
        Assert.Equal(Bundle.SearchEntryMode.Include, SearchSets.Included(LayerExamples.BaseUrl, new Communication { Id = "m1" }).Search!.Mode);
}
