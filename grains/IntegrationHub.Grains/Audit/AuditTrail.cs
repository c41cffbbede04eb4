using System.Text.Json;
using IntegrationHub.Grains.Audit;
using IntegrationHub.Grains.Contracts.Audit;

namespace IntegrationHub.Grains.Audit;

/// <summary>Builds audit records and their index rows; the grain commits them with its next state write.</summary>
internal static class AuditTrail
{
    public const string Resident = "resident";
    public const string Staff = "staff";
    public const string System = "system";

    /// <summary>A registered FHIR client (regional service, journal system), named by its client id.</summary>
    public const string Client = "fhir-client";

    public static (string EntryKey, string SortKey, string Payload) Row(AuditRecord record) =>
        (record.Id.ToString("N"), AuditIndex.SortKey(record), JsonSerializer.Serialize(record, JsonSerializerOptions.Web));
}
