using System.Net.Sockets;
using IntegrationHub.Grains.Contracts.Calls;
using IntegrationHub.Grains.Effects;
using IntegrationHub.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Storage;

namespace IntegrationHub.Silo.Tests.Storage;

/// <summary>
/// A grain's state read at activation runs outside any grain call filter: the fault run's PostgreSQL restart reached the
/// gateway as a codec error (500) until the storage itself told a restarting store from a broken one.
/// </summary>
public sealed class StoreAvailabilityGrainStorageTests(OneSiloCluster cluster) : IClassFixture<OneSiloCluster>
{
    [Fact]
    public void HubStorage_OnPostgreSql_IsWrapped()
    {
        var storage = cluster.SiloServices(0).GetRequiredKeyedService<IGrainStorage>(HubStorage.Name);

        Assert.IsType<StoreAvailabilityGrainStorage>(storage);
    }

    [Fact]
    public async Task ReadStateAsync_StoreNotAnswering_FailsAsStoreUnavailable()
    {
        var storage = Wrap(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)));

        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => storage.ReadStateAsync("probe", Probe, new ProbeState<StoredProbe>()));

        Assert.Null(failure.InnerException);
    }

    [Fact]
    public async Task WriteStateAsync_StoreNotAnswering_FailsAsStoreUnavailable()
    {
        var storage = Wrap(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)));

        await Assert.ThrowsAsync<StoreUnavailableException>(() => storage.WriteStateAsync("probe", Probe, new ProbeState<StoredProbe>()));
    }

    [Fact]
    public async Task ReadStateAsync_OtherFailure_PassesAsItCame()
    {
        var storage = Wrap(new InconsistentStateException("the ETag moved"));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ReadStateAsync("probe", Probe, new ProbeState<StoredProbe>()));
    }

    private static GrainId Probe => GrainId.Create("probe", "store-availability");

    private static StoreAvailabilityGrainStorage Wrap(Exception failure) =>
        new(new FailingGrainStorage(failure), NullLogger<StoreAvailabilityGrainStorage>.Instance);

    /// <summary>A store that fails every operation with the given error.</summary>
    private sealed class FailingGrainStorage(Exception failure) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.FromException(failure);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.FromException(failure);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.FromException(failure);
    }
}
