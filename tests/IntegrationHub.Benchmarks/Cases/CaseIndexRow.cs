namespace IntegrationHub.Benchmarks.Cases;

/// <summary>One of a case's query rows: its index, partition, sort key and payload (the entry and grain key are the case id).</summary>
internal sealed record CaseIndexRow(string Index, string Partition, string Sort, string? Payload);
