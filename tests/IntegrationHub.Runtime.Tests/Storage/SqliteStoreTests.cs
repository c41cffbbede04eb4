using IntegrationHub.Runtime.Sqlite;

namespace IntegrationHub.Runtime.Tests.Storage;

public sealed class SqliteStoreTests : GrainStorageTestSuite<SqliteStore>
{
    private readonly string directory = Directory.CreateTempSubdirectory("hub-sqlite-").FullName;

    public override async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    protected override async Task<SqliteStore> CreateStoreAsync()
    {
        var store = new SqliteStore(Path.Combine(directory, "hub.db"));
        await store.InitializeAsync(default);
        return store;
    }
}
