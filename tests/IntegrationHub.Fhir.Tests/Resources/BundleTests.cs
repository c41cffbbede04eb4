using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Resources;

public sealed class BundleTests
{
    [Fact]
    public void SearchSet_Matches_HaveFullUrlModeAndTotal()
    {
        var bundle = FhirExamples.SearchSetFromHelper();

        Assert.Equal("searchset", bundle.Type);
        Assert.Equal(2, bundle.Total);
        Assert.All(bundle.Entry!, entry => Assert.Equal("match", entry.Search!.Mode));
        Assert.Equal($"{FhirExamples.BaseUrl}/Consent/seal-40c1d7", bundle.Entry![0].FullUrl);
        var self = Assert.Single(bundle.Link!);
        Assert.Equal("self", self.Relation);
    }

    [Fact]
    public void SearchSet_NextUrlAndTotal_AddsTheNextLink()
    {
        var bundle = FhirExamples.SearchSetFromHelperWithNextPage();

        Assert.Equal(40, bundle.Total);
        Assert.Equal(["self", "next"], bundle.Link!.Select(l => l.Relation));
        Assert.EndsWith("&_page=2", bundle.Link![1].Url, StringComparison.Ordinal);
        Assert.StartsWith(FhirExamples.BaseUrl + "/Patient/", bundle.Entry![0].FullUrl, StringComparison.Ordinal);
    }
}
