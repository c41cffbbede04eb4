namespace IntegrationHub.Fhir.Terminology;

/// <summary>Bundle.type (required binding).</summary>
public static class BundleTypeCodes
{
    public const string Searchset = "searchset";

    public const string Collection = "collection";

    public const string Batch = "batch";

    public const string BatchResponse = "batch-response";

    public const string Transaction = "transaction";

    public const string TransactionResponse = "transaction-response";
}
