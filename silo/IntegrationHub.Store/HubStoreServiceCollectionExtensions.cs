using IntegrationHub.Store.Assertions;
using IntegrationHub.Store.Attachments;
using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Indexes;
using IntegrationHub.Store.Migrations;
using IntegrationHub.Store.Outbox;
using IntegrationHub.Store.PostgreSql;
using IntegrationHub.Store.Retention;
using IntegrationHub.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace IntegrationHub.Store;

public static class HubStoreServiceCollectionExtensions
{
    /// <summary>
    /// The hub's tables on the configured store, migrated before the host's services start. A host that runs Orleans on
    /// the same store (ADO.NET on PostgreSQL, the hub's own providers on SQLite) shares the connection set up here.
    /// </summary>
    public static IServiceCollection AddHubStore(this IServiceCollection services, HubStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IndexRowGroupCommit>();
        services.AddHostedService<StoreInitialization>();
        switch (options.Kind)
        {
            case HubStoreKind.Postgres:
                var connectionString = options.ConnectionString
                    ?? throw new InvalidOperationException("Hub:Store=postgres needs ConnectionStrings:Hub (--ConnectionStrings:Hub=... or ConnectionStrings__Hub).");
                services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
                services.AddSingleton<IStoreInitializer, PostgreSqlMigrator>();
                services.TryAddSingleton(new PostgreSqlStoreOptions(options.ServiceId));
                Register<PostgreSqlHubStore>(services);
                break;
            case HubStoreKind.Sqlite:
                services.TryAddSingleton(_ => new SqliteDatabase(options.SqlitePath));
                services.AddSingleton<IStoreInitializer>(sp => sp.GetRequiredService<SqliteDatabase>());
                Register<SqliteHubStore>(services);
                break;
            default:
                throw new InvalidOperationException($"Unknown store '{options.Kind}'.");
        }

        return services;
    }

    private static void Register<TStore>(IServiceCollection services)
        where TStore : class, IIndexStore, IEffectStore, IOutboxStore, IAttachmentStore, IUsedAssertionStore, IRetentionStore
    {
        services.TryAddSingleton<TStore>();
        services.TryAddSingleton<IIndexStore>(sp => sp.GetRequiredService<TStore>());
        services.TryAddSingleton<IEffectStore>(sp => sp.GetRequiredService<TStore>());
        services.TryAddSingleton<IOutboxStore>(sp => sp.GetRequiredService<TStore>());
        services.TryAddSingleton<IAttachmentStore>(sp => sp.GetRequiredService<TStore>());
        services.TryAddSingleton<IUsedAssertionStore>(sp => sp.GetRequiredService<TStore>());
        services.TryAddSingleton<IRetentionStore>(sp => sp.GetRequiredService<TStore>());
    }
}
