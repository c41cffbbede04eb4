using IntegrationHub.Silo.Sqlite;
using IntegrationHub.Store;
using IntegrationHub.Store.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace IntegrationHub.Silo.Tests.Storage;

/// <summary>The local hub's SQLite file in a fresh folder, with the hub's own grain storage and reminder table on it.</summary>
public sealed class SqliteStoreFixture : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("hub-sqlite-").FullName;
    private SqliteDatabase database = null!;

    public IGrainStorage Storage { get; private set; } = null!;

    public IReminderTable Reminders { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new HubStoreOptions { DataDirectory = directory, ServiceId = "sqlite-contract" };
        database = new SqliteDatabase(options.SqlitePath);
        await database.InitializeAsync(CancellationToken.None);
        var serializer = new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));
        Storage = new SqliteGrainStorage(database, serializer, options, TimeProvider.System);
        Reminders = new SqliteReminderTable(database, options);
    }

    public Task<string?> StoredTextAsync(string stateName, string grainKey) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, "SELECT CAST(payload AS TEXT) FROM orleans_grain_state WHERE state_name = $state AND grain_key = $key");
                command.Parameters.AddWithValue("$state", stateName);
                command.Parameters.AddWithValue("$key", grainKey);
                return (string?)await command.ExecuteScalarAsync();
            },
            CancellationToken.None);

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}
