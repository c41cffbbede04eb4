namespace IntegrationHub.Store.Retention;

/// <summary>
/// One batch of set-based deletion: every grain of <see cref="GrainType"/> whose row in <see cref="Index"/> sorts before
/// <see cref="SortKeyBefore"/> goes, with its Orleans state (<see cref="StateName"/>), all its query rows and its
/// attachments; at most <see cref="BatchSize"/> grains.
/// </summary>
public sealed record RetentionPurge(string Index, string GrainType, string StateName, string SortKeyBefore, int BatchSize);
