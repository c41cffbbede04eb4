namespace IntegrationHub.Runtime.Storage;

/// <summary>
/// A query row a grain keeps beside its state, in the same transaction: for instance a case's row in its clinic's
/// inbox (partition = clinic, sort = received time), or a resident's birth date for the birthday sweep.
/// Sort keys compare ordinally, so dates are written as ISO-8601 in UTC.
/// </summary>
public sealed record IndexEntry(string Index, string EntryKey, string Partition, string SortKey, GrainId Grain, string? Payload);
