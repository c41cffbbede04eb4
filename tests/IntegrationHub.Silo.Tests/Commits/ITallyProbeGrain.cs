namespace IntegrationHub.Silo.Tests.Commits;

/// <summary>A counter on the hub's grain base, for what a commit promises when its write fails.</summary>
[Alias("test.ITallyProbeGrain")]
public interface ITallyProbeGrain : IGrainWithStringKey
{
    /// <summary>Adds one, commits, and answers the new count.</summary>
    Task<int> AddAsync();

    Task<int> CountAsync();
}
