using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Runtime.Sqlite;

public static class SqliteRuntimeBuilderExtensions
{
    /// <summary>Stores grain state, outbox and reminders in one SQLite file (the local hub's embedded store).</summary>
    public static GrainRuntimeBuilder UseSqlite(this GrainRuntimeBuilder builder, string path)
    {
        builder.UseStore(_ => new SqliteStore(path));
        builder.Services.AddSingleton<IStoreInitializer>(sp => sp.GetRequiredService<SqliteStore>());
        return builder;
    }
}
