namespace IntegrationHub.Fhir.Terminology;

/// <summary>Bundle.entry.search.mode (required binding).</summary>
public static class SearchEntryModeCodes
{
    public const string Match = "match";

    public const string Include = "include";

    public const string Outcome = "outcome";
}
