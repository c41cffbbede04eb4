namespace IntegrationHub.Store.Indexes;

/// <summary>
/// A query row a grain keeps beside its state: for instance a case's row in its clinic's inbox (partition = clinic,
/// sort = received time), or a child's birthday work (sort = the day it falls due). Sort keys compare ordinally, so
/// instants are written as fixed-width ISO-8601 in UTC.
/// </summary>
public sealed record IndexEntry(string Index, string EntryKey, string Partition, string SortKey, GrainRef Grain, string? Payload);
