using System.Security.Cryptography;
using IntegrationHub.ServiceDefaults.Ports;
using IntegrationHub.Silo.Hosting;
using Npgsql;

namespace IntegrationHub.Silo.Tests.Cluster.Tls;

/// <summary>
/// SEC4 to the database: the silo's every PostgreSQL connection (the hub's tables and Orleans' membership, state and
/// reminders on one data source) takes <c>SSL Mode</c> from <c>ConnectionStrings:Hub</c>. The test server speaks no TLS,
/// so a connection string that requires it must stop the silo rather than fall back to a plain connection.
/// </summary>
public sealed class PostgresTlsTests
{
    [Fact]
    [Trait("Rule", "SEC4")]
    public async Task SiloStart_ConnectionStringRequiresTlsAndServerHasNone_RefusesToRunInClear()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var ports = FreePorts.Take(2);
        var required = new NpgsqlConnectionStringBuilder(database.ConnectionString) { SslMode = SslMode.Require }.ConnectionString;
        await using var silo = HubSiloApplication.Create(
        [
            "--urls", "http://127.0.0.1:0",
            "--Hub:Store=postgres",
            $"--ConnectionStrings:Hub={required}",
            $"--Hub:ClusterId=pg-tls-{Guid.NewGuid():N}",
            $"--Hub:PseudonymKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            $"--Hub:SiloPort={ports[0]}",
            $"--Hub:GatewayPort={ports[1]}",
        ]);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => silo.StartAsync());

        Assert.Contains(Chain(error), e => e is NpgsqlException && e.Message.Contains("SSL", StringComparison.Ordinal));
        NpgsqlConnection.ClearAllPools();
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
