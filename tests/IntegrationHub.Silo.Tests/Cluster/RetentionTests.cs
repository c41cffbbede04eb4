using System.Net;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Identity;
using Npgsql;

namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>CS7 on PostgreSQL: two years after its latest event a case is gone from Orleans' table, the hub's rows and the store's files.</summary>
public sealed class RetentionTests(HubTestCluster cluster) : IClassFixture<HubTestCluster>
{
    [Fact]
    [Trait("Rule", "CS7")]
    public async Task Sweep_TwoYearsAfterTheLatestEvent_DeletesTheCaseStateRowsAndFiles()
    {
        var desk = new ClusterDesk(cluster);
        var gateway = await cluster.StartGatewayAsync();
        var (clinic, staff) = await desk.ClinicAsync(gateway);
        using var _ = staff;
        var personnummer = desk.Resident();
        using var resident = new ClusterBrowser(cluster.Fleet);
        await resident.LogInResidentAsync(gateway, personnummer);
        var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
        using var created = await ClusterDesk.SubmitAsync(resident, gateway, clinic, "Gammal fråga", Guid.NewGuid().ToString("N"), ("svar.pdf", pdf));
        var caseId = await ClusterDesk.IdOfAsync(created);
        Assert.Equal((1, 1), await StoredAsync(caseId));

        ((FrozenClock)cluster.Clock.Inner).Set(cluster.Clock.GetUtcNow().AddYears(2).AddDays(1));
        var purged = await cluster.Grains.CaseRetention().SweepAsync();

        Assert.True(purged >= 1);
        Assert.Equal((0, 0), await StoredAsync(caseId));
        await resident.LogInResidentAsync(gateway, personnummer);
        using var gone = await resident.GetAsync(gateway, $"/api/cases/{caseId}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    /// <summary>The case's row in Orleans' table (its key reads as a GUID, stored in two halves) and its files.</summary>
    private async Task<(long States, long Files)> StoredAsync(string caseId)
    {
        var bytes = Guid.ParseExact(caseId, "N").ToByteArray();
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM orleansstorage WHERE graintypestring = @state AND grainidn0 = @n0 AND grainidn1 = @n1),
                   (SELECT count(*) FROM hub_attachments WHERE case_id = @case)
            """, connection);
        command.Parameters.AddWithValue("state", CaseIndexes.StateName);
        command.Parameters.AddWithValue("n0", BitConverter.ToInt64(bytes, 0));
        command.Parameters.AddWithValue("n1", BitConverter.ToInt64(bytes, 8));
        command.Parameters.AddWithValue("case", caseId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
