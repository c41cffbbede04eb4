namespace IntegrationHub.Benchmarks.Grains;

[GenerateSerializer]
[Alias("bench.CallerResult")]
public sealed record CallerResult([property: Id(0)] long Calls, [property: Id(1)] long[] Samples);
