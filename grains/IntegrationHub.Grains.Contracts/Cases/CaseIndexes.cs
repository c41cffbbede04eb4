using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>
/// The query rows a case keeps beside its state, committed with it. Entry key = the case id in each; sort keys are
/// instants in UTC, ISO-8601 with fixed width, so that they compare ordinally.
/// </summary>
public static class CaseIndexes
{
    /// <summary>The clinic's case inbox: partition = clinic HSA-id, sort = when the case was started; payload a <see cref="CaseInboxRow"/>.</summary>
    public const string ClinicInbox = "case-clinic-inbox";

    /// <summary>The clinic inbox by status: partition = <see cref="ClinicStatusPartition"/>, sort = when started.</summary>
    public const string ClinicInboxByStatus = "case-clinic-status";

    /// <summary>The resident's inbox: partition = personnummer, sort = when started; payload a <see cref="CaseInboxRow"/>.</summary>
    public const string ResidentInbox = "case-resident-inbox";

    /// <summary>Retention (CS7): one partition, sort = when the case is to be deleted (two years after its latest event).</summary>
    public const string Retention = "case-retention";

    /// <summary>The only partition of <see cref="Retention"/>.</summary>
    public const string RetentionPartition = "all";

    /// <summary>The grain type of cases, as the store knows it.</summary>
    public const string GrainType = "case";

    /// <summary>The name of a case's state in grain storage (retention deletes it by this name).</summary>
    public const string StateName = "case";

    public static string SortKey(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How the inbox rows' payloads are written and read: web defaults, enums as lower-case words.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string ClinicStatusPartition(string clinicId, string status) => $"{clinicId}|{status}";
}
