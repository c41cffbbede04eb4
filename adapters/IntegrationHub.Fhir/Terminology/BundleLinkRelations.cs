namespace IntegrationHub.Fhir.Terminology;

/// <summary>Bundle.link.relation of a searchset: the page itself and the next page.</summary>
public static class BundleLinkRelations
{
    public const string Self = "self";

    public const string Next = "next";

    public const string Previous = "previous";
}
