namespace IntegrationHub.Browser.Tests.Infrastructure;

/// <summary>Every browser test shares one Chromium and runs one at a time (two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
