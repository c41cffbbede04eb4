using System.Net.Sockets;
using Npgsql;
using Orleans.Storage;

namespace IntegrationHub.Silo.Tests.Commits;

/// <summary>
/// The hub's grain storage, except that a write a test asked to fail fails: before it reaches the store (refused,
/// or the store down), or after it landed (the connection died before the answer came back).
/// </summary>
internal sealed class FaultyGrainStorage(IGrainStorage store, StorageFaults faults) : IGrainStorage
{
    public const string Name = "faulty";

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        store.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        switch (faults.Take())
        {
            case StorageFault.BeforeWrite:
                throw new StorageFaultException("The store refused the write.");
            case StorageFault.StoreDown:
                throw new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
            case StorageFault.AfterWrite:
                await store.WriteStateAsync(stateName, grainId, grainState);
                throw new StorageFaultException("The connection died after the write.");
            default:
                await store.WriteStateAsync(stateName, grainId, grainState);
                break;
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        store.ClearStateAsync(stateName, grainId, grainState);
}
