using IntegrationHub.Runtime.Storage.Memory;

namespace IntegrationHub.Runtime.Tests.Storage;

public sealed class MemoryGrainStoreTests : GrainStorageTestSuite<MemoryGrainStore>
{
    protected override Task<MemoryGrainStore> CreateStoreAsync() => Task.FromResult(new MemoryGrainStore());
}
