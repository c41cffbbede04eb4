using System.Text.Json;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Cases;
using IntegrationHub.Identity;

namespace IntegrationHub.Benchmarks.Cases;

/// <summary>
/// The query rows <c>CaseGrain.StageRows</c> keeps beside a case's state (clinic inbox, inbox by status, resident inbox,
/// retention), made the same way for a seed: CaseGrain and CaseRetention are internal to the grains.
/// </summary>
internal static class CaseRows
{
    private const int RetentionYears = 2;

    public static List<CaseIndexRow> Of(string key, CaseState state)
    {
        var expiresAt = ExpiresAt(state.LastEventAt);
        var row = new CaseInboxRow(key, state.Origin, state.Status, state.ClinicId, state.ClinicName, state.CaseType, state.CaseTypeName, null, state.AssignedHandler, state.CreatedAt, state.LastEventAt, expiresAt);
        var created = CaseIndexes.SortKey(state.CreatedAt);
        var rows = new List<CaseIndexRow>(4);
        if (state.ClinicId is not null)
        {
            var clinicRow = JsonSerializer.Serialize(row, CaseIndexes.Json);
            rows.Add(new CaseIndexRow(CaseIndexes.ClinicInbox, state.ClinicId, created, clinicRow));
            rows.Add(new CaseIndexRow(CaseIndexes.ClinicInboxByStatus, CaseIndexes.ClinicStatusPartition(state.ClinicId, state.Status), created, clinicRow));
        }

        rows.Add(new CaseIndexRow(CaseIndexes.ResidentInbox, state.ResidentPersonnummer, created, JsonSerializer.Serialize(row with { Subject = state.Subject }, CaseIndexes.Json)));
        rows.Add(new CaseIndexRow(CaseIndexes.Retention, CaseIndexes.RetentionPartition, CaseIndexes.SortKey(expiresAt), null));
        return rows;
    }

    /// <summary>CS7 as CaseRetention.ExpiresAt counts it: two calendar years in Stockholm after the latest event.</summary>
    public static DateTimeOffset ExpiresAt(DateTimeOffset latestEvent)
    {
        var local = TimeZoneInfo.ConvertTime(latestEvent, StockholmTime.Zone).DateTime.AddYears(RetentionYears);
        return StockholmTime.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }
}
