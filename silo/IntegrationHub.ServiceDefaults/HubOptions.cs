using IntegrationHub.Store;
using Microsoft.Extensions.Configuration;

namespace IntegrationHub.ServiceDefaults;

/// <summary>The <c>Hub</c> configuration section (command line <c>--Hub:Store=postgres</c>, environment <c>Hub__Store</c>).</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";

    public HubStoreKind Store { get; set; } = HubStoreKind.Sqlite;

    /// <summary>The local hub's SQLite file and its pseudonym key live here.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Simulation mode: the /sim routes and a settable clock. Off unless asked for.</summary>
    public bool Simulation { get; set; }

    /// <summary>Orleans' service id: the identity of the hub's stored state, the same across deployments.</summary>
    public string ServiceId { get; set; } = "integration-hub";

    /// <summary>Orleans' cluster id: silos and gateways with the same one form one cluster.</summary>
    public string ClusterId { get; set; } = "hub";

    /// <summary>The silo-to-silo port (0: a free one, for the local hub and tests).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port gateways connect to as Orleans clients (0: a free one).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and gateways reach this silo at; loopback unless set.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>
    /// The silo runs in a Kubernetes pod (<c>Hub:Kubernetes</c>, set by deploy/k8s/silo.yaml; PostgreSQL store only):
    /// Orleans' Kubernetes hosting names the silo after its pod, advertises the pod's IP and removes the silos of dead
    /// pods from membership. Off unless set.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>Mutual TLS between silos and from gateways to silos (<c>Hub:Tls</c>); off unless a certificate is set.</summary>
    public Transport.HubTlsOptions Tls { get; set; } = new();

    /// <summary>The Orleans Dashboard at <c>/dashboard</c> on a silo's HTTP port, answered to loopback only (<c>Hub:Dashboard</c>). Off unless set.</summary>
    public bool Dashboard { get; set; }

    /// <summary>
    /// How long an activation may stay idle before the silo collects it (Orleans' <c>GrainCollectionOptions.CollectionAge</c>,
    /// <c>Hub:GrainCollectionAge</c>, e.g. <c>00:02:00</c>); unset: Orleans' default (15 minutes). A grain type's own
    /// <c>[CollectionAgeLimit]</c> (the session's 61 minutes) still wins.
    /// </summary>
    public TimeSpan? GrainCollectionAge { get; set; }

    /// <summary>How often the silo looks for idle activations (<c>GrainCollectionOptions.CollectionQuantum</c>); unset: Orleans' default (1 minute).</summary>
    public TimeSpan? GrainCollectionQuantum { get; set; }

    /// <summary>Reads the <c>Hub</c> section and <c>ConnectionStrings:Hub</c>.</summary>
    public static HubOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<HubOptions>() ?? new HubOptions();
        options.ConnectionString = configuration.GetConnectionString("Hub");
        return options;
    }

    /// <summary>PostgreSQL's connection string (<c>ConnectionStrings:Hub</c>).</summary>
    public string? ConnectionString { get; set; }

    public HubStoreOptions StoreOptions() => new()
    {
        Kind = Store,
        ConnectionString = ConnectionString,
        DataDirectory = DataDirectory,
        ServiceId = ServiceId,
    };
}
