namespace IntegrationHub.Grains.Contracts.Audit;

/// <summary>The index that holds audit records: partition = the resident's personnummer, sort key = time then id.</summary>
public static class AuditIndex
{
    public const string Name = "audit";

    public static string SortKey(AuditRecord record) => $"{record.At.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}|{record.Id:N}";
}
