using Orleans.Configuration;

namespace IntegrationHub.ServiceDefaults;

/// <summary>
/// How fast the cluster notices a dead silo. Orleans' defaults took about 13 s here to declare a killed silo dead; the goal
/// is at most 10 s of errors, so probes time out after 2 s and two missed probes suspect a silo, and membership is read
/// again every 5 s. With two silos the survivor's vote alone declares the other dead.
/// </summary>
public static class ClusterTiming
{
    public static void Configure(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ProbeTimeout = TimeSpan.FromSeconds(2);
        options.NumMissedProbesLimit = 2;
        options.NumVotesForDeathDeclaration = 1;
        options.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
    }

    /// <summary>A gateway refreshes its list of living silos this often (Orleans' default is a minute).</summary>
    public static readonly TimeSpan GatewayListRefresh = TimeSpan.FromSeconds(5);
}
