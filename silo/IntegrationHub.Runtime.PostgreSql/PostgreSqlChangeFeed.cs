using System.Globalization;
using IntegrationHub.Runtime.Invalidation;
using IntegrationHub.Runtime.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IntegrationHub.Runtime.PostgreSql;

/// <summary>
/// LISTENs on the change channel on one dedicated connection and tells subscribers which grain states other silos
/// committed. If the connection drops it reconnects and tells subscribers that anything may have changed.
/// </summary>
internal sealed partial class PostgreSqlChangeFeed(NpgsqlDataSource dataSource, PostgreSqlStoreOptions options, ILogger<PostgreSqlChangeFeed> logger)
    : IGrainChangeFeed, IStoreInitializer, IAsyncDisposable
{
    private const char Separator = '\u001f';
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private readonly List<Action<GrainStateChanged>> observers = [];
    private Task? loop;
    private int disposed;

    /// <summary>The notice a committed write sends; the statement appends the new version.</summary>
    public static string NoticePrefix(string siloId, GrainId grain, string stateName) =>
        string.Join(Separator, siloId, grain.Type, grain.Key, stateName) + Separator;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var connection = await ListenAsync(cancellationToken);
        loop = Task.Run(() => RunAsync(connection, stop.Token), CancellationToken.None);
    }

    public IDisposable Subscribe(Action<GrainStateChanged> observer)
    {
        lock (gate)
        {
            observers.Add(observer);
        }

        return new Subscription(this, observer);
    }

    public async ValueTask DisposeAsync()
    {
        // Registered under several service types, so the container may dispose it more than once.
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stop.CancelAsync();
        if (loop is not null)
        {
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        stop.Dispose();
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, e) => Publish(e.Payload);
        await using var listen = new NpgsqlCommand($"LISTEN {options.ChangeChannel}", connection);
        await listen.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task RunAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await connection.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                LogListenerLost(logger, exception);
                await connection.DisposeAsync();
                connection = await ReconnectAsync(cancellationToken);
            }
        }

        await connection.DisposeAsync();
    }

    private async Task<NpgsqlConnection> ReconnectAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                return await ListenAsync(cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                LogListenerLost(logger, exception);
            }
        }
    }

    private void Publish(string payload)
    {
        var parts = payload.Split(Separator);
        if (parts.Length != 5 || !long.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var version))
        {
            return;
        }

        var change = new GrainStateChanged(parts[0], new GrainId(parts[1], parts[2]), parts[3], version);
        Action<GrainStateChanged>[] current;
        lock (gate)
        {
            current = [.. observers];
        }

        foreach (var observer in current)
        {
            observer(change);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "The grain change listener lost its connection; reconnecting")]
    private static partial void LogListenerLost(ILogger logger, Exception exception);

    private sealed class Subscription(PostgreSqlChangeFeed feed, Action<GrainStateChanged> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (feed.gate)
            {
                feed.observers.Remove(observer);
            }
        }
    }
}
