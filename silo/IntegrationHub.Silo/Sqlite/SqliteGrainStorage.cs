using System.Globalization;
using IntegrationHub.Store;
using IntegrationHub.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;
using Orleans.Storage;

namespace IntegrationHub.Silo.Sqlite;

/// <summary>
/// Orleans grain storage in the local hub's SQLite file (Orleans' ADO.NET providers have no SQLite scripts). The version
/// is the ETag and every write is conditional on it, as in the ADO.NET provider; state is written by the hub's grain
/// storage serializer (JSON), so an operator can read it.
/// </summary>
internal sealed class SqliteGrainStorage(SqliteDatabase database, IGrainStorageSerializer serializer, HubStoreOptions options, TimeProvider realTime) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(
                    connection,
                    "SELECT payload, version FROM orleans_grain_state WHERE service_id = $service AND state_name = $state AND grain_type = $type AND grain_key = $key");
                Bind(command, stateName, grainId);
                await using var reader = await command.ExecuteReaderAsync();
                if (await reader.ReadAsync() && !reader.IsDBNull(0))
                {
                    grainState.State = serializer.Deserialize<T>(new BinaryData((byte[])reader.GetValue(0)));
                    grainState.ETag = reader.GetInt64(1).ToString(CultureInfo.InvariantCulture);
                    grainState.RecordExists = true;
                }
                else
                {
                    grainState.State = Activator.CreateInstance<T>();
                    grainState.ETag = null;
                    grainState.RecordExists = false;
                }

                return 0;
            },
            CancellationToken.None);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        database.RunAsync(
            async connection =>
            {
                var payload = serializer.Serialize(grainState.State).ToArray();
                var expected = grainState.ETag is null ? 0 : long.Parse(grainState.ETag, CultureInfo.InvariantCulture);
                await using var command = SqliteDatabase.Command(
                    connection,
                    expected == 0
                        ? "INSERT INTO orleans_grain_state (service_id, state_name, grain_type, grain_key, payload, version, updated_at) VALUES ($service, $state, $type, $key, $payload, 1, $at) ON CONFLICT DO NOTHING"
                        : "UPDATE orleans_grain_state SET payload = $payload, version = version + 1, updated_at = $at WHERE service_id = $service AND state_name = $state AND grain_type = $type AND grain_key = $key AND version = $expected");
                Bind(command, stateName, grainId);
                command.Parameters.Add("$payload", SqliteType.Blob).Value = payload;
                command.Parameters.AddWithValue("$expected", expected);
                command.Parameters.AddWithValue("$at", realTime.GetUtcNow().UtcTicks);
                if (await command.ExecuteNonQueryAsync() != 1)
                {
                    throw new InconsistentStateException($"State '{stateName}' of {grainId.Type} was changed by another writer.", null, grainState.ETag);
                }

                grainState.ETag = (expected + 1).ToString(CultureInfo.InvariantCulture);
                grainState.RecordExists = true;
                return 0;
            },
            CancellationToken.None);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        database.RunAsync(
            async connection =>
            {
                if (grainState.ETag is not null)
                {
                    await using var command = SqliteDatabase.Command(
                        connection,
                        "DELETE FROM orleans_grain_state WHERE service_id = $service AND state_name = $state AND grain_type = $type AND grain_key = $key AND version = $expected");
                    Bind(command, stateName, grainId);
                    command.Parameters.AddWithValue("$expected", long.Parse(grainState.ETag, CultureInfo.InvariantCulture));
                    if (await command.ExecuteNonQueryAsync() != 1)
                    {
                        throw new InconsistentStateException($"State '{stateName}' of {grainId.Type} was changed by another writer.", null, grainState.ETag);
                    }
                }

                grainState.State = Activator.CreateInstance<T>();
                grainState.ETag = null;
                grainState.RecordExists = false;
                return 0;
            },
            CancellationToken.None);

    private void Bind(SqliteCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("$service", options.ServiceId);
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$type", grainId.Type.ToString());
        command.Parameters.AddWithValue("$key", grainId.Key.ToString());
    }
}
