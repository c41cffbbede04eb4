using System.Net;
using IntegrationHub.Grains;
using IntegrationHub.Grains.Effects;
using IntegrationHub.Grains.Outbox;
using IntegrationHub.Silo.Calls;
using IntegrationHub.ServiceDefaults;
using IntegrationHub.Silo.Sqlite;
using IntegrationHub.Store;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.Streams;
using IntegrationHub.Silo.Storage;

namespace IntegrationHub.Silo.Hosting;

public static class HubSiloHosting
{
    /// <summary>
    /// The hub's silo on the configured store: on PostgreSQL, Orleans' ADO.NET clustering, grain storage and reminders
    /// (Invariant Npgsql) on the hub's database; on SQLite, localhost clustering with the hub's own grain storage and
    /// reminder table in the local hub's file; on PostgreSQL with <see cref="HubOptions.Kubernetes"/>, Orleans' Kubernetes
    /// hosting (the silo's name and advertised address from the pod, dead pods' silos declared dead; membership stays in
    /// PostgreSQL, the cluster and service ids stay the hub's); on both, the outbox's events on memory streams. Grain
    /// state is JSON, so an operator can read it and a state can gain fields.
    /// The host registers the store (<see cref="HubStoreServiceCollectionExtensions.AddHubStore"/>), the adapters, the
    /// grain keys and the hub's clock.
    /// </summary>
    public static ISiloBuilder AddHubSilo(this ISiloBuilder silo, HubOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ServiceId = options.ServiceId;
            o.ClusterId = options.ClusterId;
        });
        silo.Configure<ClusterMembershipOptions>(ClusterTiming.Configure);
        silo.UseSystemTextJsonGrainStorageSerializer();
        if (options.GrainCollectionAge is not null || options.GrainCollectionQuantum is not null)
        {
            silo.Configure<GrainCollectionOptions>(o =>
            {
                o.CollectionAge = options.GrainCollectionAge ?? o.CollectionAge;
                o.CollectionQuantum = options.GrainCollectionQuantum ?? o.CollectionQuantum;
            });
        }


        // Grain calls become spans of the caller's trace (sources Microsoft.Orleans.Runtime / .Application).
        silo.AddActivityPropagation();
        if (options.Tls.Enabled)
        {
            silo.UseHubTls(options.Tls);
        }
        switch (options.Store)
        {
            case HubStoreKind.Postgres:
                silo.Configure<EndpointOptions>(o =>
                {
                    o.SiloPort = options.SiloPort;
                    o.GatewayPort = options.GatewayPort;
                    if (AdvertisedAddress(options) is { } address)
                    {
                        o.AdvertisedIPAddress = address;
                    }
                });
                if (options.Kubernetes)
                {
                    // Reads POD_NAME, POD_NAMESPACE and POD_IP (the downward API in deploy/k8s/silo.yaml); an unset
                    // advertised address becomes the pod's IP. It would take ORLEANS_CLUSTER_ID/ORLEANS_SERVICE_ID over
                    // the hub's ids: the manifest sets neither.
                    silo.UseKubernetesHosting();
                }

                silo.UseAdoNetClustering(o => o.Configure<NpgsqlDataSource>((c, dataSource) =>
                {
                    c.Invariant = "Npgsql";
                    c.DataSource = dataSource;
                }));
                silo.AddAdoNetGrainStorage(HubStorage.Name, o => o.Configure<NpgsqlDataSource>((c, dataSource) =>
                {
                    c.Invariant = "Npgsql";
                    c.DataSource = dataSource;
                }));
                silo.Services.AddKeyedSingleton<IGrainStorage>(HubStorage.Name, (services, key) => ActivatorUtilities.CreateInstance<StoreAvailabilityGrainStorage>(
                    services,
                    AdoNetGrainStorageFactory.Create(services, (string)key!)));
                silo.UseAdoNetReminderService(o => o.Configure<NpgsqlDataSource>((c, dataSource) =>
                {
                    c.Invariant = "Npgsql";
                    c.DataSource = dataSource;
                }));
                break;
            case HubStoreKind.Sqlite when options.Kubernetes:
                throw new InvalidOperationException("Hub:Kubernetes needs Hub:Store=postgres: a pod's SQLite file is no cluster.");
            case HubStoreKind.Sqlite:
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                silo.Services.AddGrainStorage(HubStorage.Name, (services, _) => ActivatorUtilities.CreateInstance<SqliteGrainStorage>(services));
                silo.AddReminders();
                silo.Services.AddSingleton<IReminderTable, SqliteReminderTable>();
                break;
            default:
                throw new InvalidOperationException($"Unknown store '{options.Store}'.");
        }

        // The hub's domain events travel from the outbox to their consumer grains on these streams. Memory streams lose
        // what is in flight when a silo dies; the outbox row, leased until its consumer completes it, brings it back.
        silo.AddMemoryStreams(OutboxStreams.Provider, streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));
        silo.Services.AddHubGrains();
        silo.AddIncomingGrainCallFilter<TransientStoreFailureFilter>();
        return silo;
    }

    /// <summary>
    /// The address other silos reach this one at: <c>Hub:AdvertisedAddress</c> when set; in Kubernetes unset, for the
    /// Kubernetes hosting to fill in with the pod's IP; otherwise loopback.
    /// </summary>
    private static IPAddress? AdvertisedAddress(HubOptions options) => options.AdvertisedAddress switch
    {
        not null => IPAddress.Parse(options.AdvertisedAddress),
        null when options.Kubernetes => null,
        null => IPAddress.Loopback,
    };
}
