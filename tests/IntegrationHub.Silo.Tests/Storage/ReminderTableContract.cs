using Orleans.Runtime;

namespace IntegrationHub.Silo.Tests.Storage;

/// <summary>
/// What the hub needs of a reminder table, run over Orleans' ADO.NET table on PostgreSQL and the hub's own on SQLite:
/// rows by grain, by ring range (with wrap-around), and removal conditional on the ETag.
/// </summary>
public abstract class ReminderTableContract
{
    protected abstract IReminderTable Table { get; }

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan? period = null) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = new DateTime(2031, 3, 10, 9, 0, 0, DateTimeKind.Utc),
        Period = period ?? TimeSpan.FromMinutes(1),
    };

    private static GrainId NewGrain() => GrainId.Create("reminder-probe", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Upsert_ThenRead_ReturnsTheRowWithItsETag()
    {
        var grain = NewGrain();

        var etag = await Table.UpsertRow(Entry(grain, "daily"));
        var row = await Table.ReadRow(grain, "daily");

        Assert.NotNull(etag);
        Assert.NotNull(row);
        Assert.Equal(etag, row.ETag);
        Assert.Equal(TimeSpan.FromMinutes(1), row.Period);
        Assert.Equal(new DateTime(2031, 3, 10, 9, 0, 0, DateTimeKind.Utc), row.StartAt.ToUniversalTime());
    }

    [Fact]
    public async Task Upsert_Again_ReplacesTheRowAndItsETag()
    {
        var grain = NewGrain();
        var first = await Table.UpsertRow(Entry(grain, "daily"));

        var second = await Table.UpsertRow(Entry(grain, "daily", TimeSpan.FromHours(1)));

        Assert.NotEqual(first, second);
        Assert.Equal(TimeSpan.FromHours(1), (await Table.ReadRow(grain, "daily"))!.Period);
    }

    [Fact]
    public async Task ReadRows_ByGrain_ReturnsItsRowsOnly()
    {
        var grain = NewGrain();
        await Table.UpsertRow(Entry(grain, "one"));
        await Table.UpsertRow(Entry(grain, "two"));
        await Table.UpsertRow(Entry(NewGrain(), "one"));

        var rows = await Table.ReadRows(grain);

        Assert.Equal(["one", "two"], rows.Reminders.Select(r => r.ReminderName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadRows_ByRingRange_FindsTheGrainInsideAndNotOutside_WrappingAround()
    {
        var grain = NewGrain();
        await Table.UpsertRow(Entry(grain, "ring"));
        var hash = grain.GetUniformHashCode();

        var inside = await Table.ReadRows(hash - 1, hash);
        var outside = await Table.ReadRows(hash, hash + 1 == 0 ? 1 : hash + 1);
        var wrapped = await Table.ReadRows(hash + 1 == 0 ? 1 : hash + 1, hash);

        Assert.Contains(inside.Reminders, r => r.GrainId == grain);
        Assert.DoesNotContain(outside.Reminders, r => r.GrainId == grain);
        Assert.Contains(wrapped.Reminders, r => r.GrainId == grain);
    }

    [Fact]
    public async Task Remove_WithAStaleETag_KeepsTheRow_WithItsETag_RemovesIt()
    {
        var grain = NewGrain();
        var stale = await Table.UpsertRow(Entry(grain, "daily"));
        var current = await Table.UpsertRow(Entry(grain, "daily"));

        var refused = await Table.RemoveRow(grain, "daily", stale!);
        var removed = await Table.RemoveRow(grain, "daily", current!);

        Assert.False(refused);
        Assert.True(removed);
        Assert.Null(await Table.ReadRow(grain, "daily"));
    }
}
