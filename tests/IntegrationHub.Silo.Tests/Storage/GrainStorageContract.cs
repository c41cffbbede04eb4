using Orleans.Runtime;
using Orleans.Storage;

namespace IntegrationHub.Silo.Tests.Storage;

/// <summary>
/// What the hub needs of a grain storage provider, run over every store it runs on: Orleans' ADO.NET provider on
/// PostgreSQL and the hub's own SQLite provider. The version is the ETag and every write is conditional on it.
/// </summary>
public abstract class GrainStorageContract
{
    protected abstract IGrainStorage Storage { get; }

    /// <summary>The stored row's payload as text, read with SQL as an operator would.</summary>
    protected abstract Task<string?> StoredTextAsync(string stateName, string grainKey);

    private static GrainId NewGrain() => GrainId.Create("storage-probe", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Read_NothingStored_IsEmptyWithoutETag()
    {
        var state = new ProbeState<StoredProbe>();

        await Storage.ReadStateAsync("probe", NewGrain(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Empty(state.State.Numbers);
    }

    [Fact]
    public async Task Write_ThenRead_ReturnsTheStateAndItsETag()
    {
        var grain = NewGrain();
        var written = new ProbeState<StoredProbe> { State = new StoredProbe { Name = "ärende", Numbers = [1, 2, 3] } };

        await Storage.WriteStateAsync("probe", grain, written);
        var read = new ProbeState<StoredProbe>();
        await Storage.ReadStateAsync("probe", grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("ärende", read.State.Name);
        Assert.Equal([1, 2, 3], read.State.Numbers);
    }

    [Fact]
    public async Task Write_WithAStaleETag_IsRefusedAndChangesNothing()
    {
        var grain = NewGrain();
        var first = new ProbeState<StoredProbe> { State = new StoredProbe { Name = "first" } };
        await Storage.WriteStateAsync("probe", grain, first);
        var stale = new ProbeState<StoredProbe> { State = new StoredProbe { Name = "stale" }, ETag = first.ETag };
        first.State.Name = "second";
        await Storage.WriteStateAsync("probe", grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("probe", grain, stale));

        var read = new ProbeState<StoredProbe>();
        await Storage.ReadStateAsync("probe", grain, read);
        Assert.Equal("second", read.State.Name);
    }

    [Fact]
    public async Task Write_TwoWritersOfANewState_OnlyOneWins()
    {
        var grain = NewGrain();
        var one = new ProbeState<StoredProbe> { State = new StoredProbe { Name = "one" } };
        var other = new ProbeState<StoredProbe> { State = new StoredProbe { Name = "other" } };

        await Storage.WriteStateAsync("probe", grain, one);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("probe", grain, other));
    }

    [Fact]
    public async Task Clear_ThenRead_IsEmpty_AndAFreshWriteSucceeds()
    {
        var grain = NewGrain();
        var state = new ProbeState<StoredProbe> { State = new StoredProbe { Name = "gone" } };
        await Storage.WriteStateAsync("probe", grain, state);

        await Storage.ClearStateAsync("probe", grain, state);
        var read = new ProbeState<StoredProbe>();
        await Storage.ReadStateAsync("probe", grain, read);
        read.State.Name = "again";
        await Storage.WriteStateAsync("probe", grain, read);

        Assert.False(state.RecordExists);
        var again = new ProbeState<StoredProbe>();
        await Storage.ReadStateAsync("probe", grain, again);
        Assert.Equal("again", again.State.Name);
    }

    [Fact]
    public async Task States_OfOneGrainByName_AreIndependent()
    {
        var grain = NewGrain();
        await Storage.WriteStateAsync("probe", grain, new ProbeState<StoredProbe> { State = new StoredProbe { Name = "a" } });
        await Storage.WriteStateAsync("other-probe", grain, new ProbeState<StoredProbe> { State = new StoredProbe { Name = "b" } });

        var a = new ProbeState<StoredProbe>();
        var b = new ProbeState<StoredProbe>();
        await Storage.ReadStateAsync("probe", grain, a);
        await Storage.ReadStateAsync("other-probe", grain, b);

        Assert.Equal("a", a.State.Name);
        Assert.Equal("b", b.State.Name);
    }

    [Fact]
    public async Task Write_StoresJsonAnOperatorCanRead()
    {
        var key = $"probe-{Guid.NewGuid():N}";
        await Storage.WriteStateAsync("probe", GrainId.Create("storage-probe", key), new ProbeState<StoredProbe> { State = new StoredProbe { Name = "läsbar", Numbers = [4] } });

        var text = await StoredTextAsync("probe", key);

        using var json = System.Text.Json.JsonDocument.Parse(text!);
        Assert.Equal("läsbar", json.RootElement.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task Read_AStateWrittenBeforeTheContractGainedAField_GivesTheFieldItsDefault()
    {
        var grain = NewGrain();
        await Storage.WriteStateAsync("probe", grain, new ProbeState<StoredProbe> { State = new StoredProbe { Name = "old", Numbers = [7] } });

        var grown = new ProbeState<StoredProbeGrown>();
        await Storage.ReadStateAsync("probe", grain, grown);

        Assert.Equal("old", grown.State.Name);
        Assert.Equal([7], grown.State.Numbers);
        Assert.Equal("default", grown.State.Added);
    }
}
