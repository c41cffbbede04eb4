using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.Invalidation;
using IntegrationHub.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Runtime.PostgreSql;

public static class PostgreSqlRuntimeBuilderExtensions
{
    /// <summary>Stores grain state, outbox and reminders in PostgreSQL and listens for other silos' writes.</summary>
    public static GrainRuntimeBuilder UsePostgreSql(this GrainRuntimeBuilder builder, string connectionString)
    {
        var options = new PostgreSqlStoreOptions { ConnectionString = connectionString };
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton<PostgreSqlMigrator>();
        builder.Services.AddSingleton<IStoreInitializer>(sp => sp.GetRequiredService<PostgreSqlMigrator>());
        builder.Services.AddSingleton<PostgreSqlChangeFeed>();
        builder.Services.AddSingleton<IStoreInitializer>(sp => sp.GetRequiredService<PostgreSqlChangeFeed>());
        builder.Services.AddSingleton<IGrainChangeFeed>(sp => sp.GetRequiredService<PostgreSqlChangeFeed>());
        return builder.UseStore(sp => new PostgreSqlStore(sp.GetRequiredService<NpgsqlDataSource>(), options, builder.Options));
    }
}
