using System.Text.Json;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Indexes;
using IntegrationHub.Store;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace IntegrationHub.Grains.Effects;

/// <summary>
/// Base of the hub's grains with durable state. A commit writes the state together with the effects it caused
/// (outbox events, query-row changes), then applies those effects to the store; the effects reach the store at least
/// once, whatever crashes: a marker written before the state names the grain until they are applied, an activation
/// applies what its state still holds, and the silo's recovery activates grains whose marker outlived a crash.
/// Rows that must be durable before an answer leaves and need no grain state (the audit trail) are written first.
/// </summary>
public abstract partial class HubGrain<TState> : Grain, IEffectfulGrain
    where TState : EffectfulState, new()
{
    private readonly IPersistentState<TState> state;
    private readonly HubGrainContext hub;
    private readonly List<IndexEntry> directRows = [];
    private GrainRef? self;
    private IGrainTimer? retry;

    protected HubGrain(IPersistentState<TState> state, HubGrainContext hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        this.state = state;
        this.hub = hub;
    }

    protected TState State => state.State;

    protected HubClock Clock => hub.Clock;

    protected HubGrains Grains => hub.Grains;

    protected ResidentPseudonyms Pseudonyms => hub.Grains.Pseudonyms;

    /// <summary>The hub's query rows, for a grain that answers from them (the start page reads the resident's inbox rows).</summary>
    protected IIndexStore Index => hub.Index;

    /// <summary>The key this activation was addressed with.</summary>
    protected string GrainKey => this.GetPrimaryKeyString();

    /// <summary>How the hub's tables name this grain: its <c>[GrainType]</c> and key.</summary>
    protected GrainRef Self => self ??= new GrainRef(this.GetGrainId().Type.ToString()!, GrainKey);

    protected bool RecordExists => state.RecordExists;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!State.Effects.IsEmpty)
        {
            await ApplyEffectsAsync(cancellationToken);
        }
    }

    public async Task ApplyPendingEffectsAsync()
    {
        if (State.Effects.IsEmpty)
        {
            await hub.Effects.ClearPendingAsync(Self, CancellationToken.None);
            return;
        }

        await ApplyEffectsAsync(CancellationToken.None);
    }

    /// <summary>Stages an outbox event; it commits with the next <see cref="CommitAsync"/>.</summary>
    protected Guid EmitEvent<T>(string topic, T payload, Guid? id = null)
    {
        var now = Clock.GetUtcNow();
        var message = new OutboxMessage(id ?? Guid.CreateVersion7(now), topic, JsonSerializer.Serialize(payload, JsonSerializerOptions.Web), now, hub.RealTime.GetUtcNow());
        State.Effects.Events.Add(message);
        return message.Id;
    }

    /// <summary>Stages one of this grain's query rows; it commits with the next <see cref="CommitAsync"/>.</summary>
    protected void SetIndexEntry(string index, string entryKey, string partition, string sortKey, string? payload = null) =>
        State.Effects.Change(IndexChange.Upsert(new IndexEntry(index, entryKey, partition, sortKey, Self, payload)));

    protected void RemoveIndexEntry(string index, string entryKey) =>
        State.Effects.Change(IndexChange.Remove(index, entryKey));

    /// <summary>Makes uploads staged under this grain's key its own with the next <see cref="CommitAsync"/>.</summary>
    protected void KeepAttachments(IEnumerable<string> attachmentIds) => State.Effects.KeptAttachments.AddRange(attachmentIds);

    /// <summary>A row written before the state at the next commit, and before its answer leaves (the audit trail).</summary>
    protected void WriteRowFirst(string index, string entryKey, string partition, string sortKey, string? payload) =>
        directRows.Add(new IndexEntry(index, entryKey, partition, sortKey, Self, payload));

    /// <summary>Writes the rows that go first, then the state with its effects, then applies the effects.</summary>
    /// <remarks>
    /// When a write fails the caller has already changed the state in memory, so this activation no longer matches what is
    /// stored: it is let go and the call fails, and the next call reads the stored state afresh. A failed write may still
    /// have landed (the connection died after the commit); reading afresh is right in both cases.
    /// </remarks>
    protected async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await WriteRowsAsync(cancellationToken);
            if (State.Effects.IsEmpty)
            {
                await state.WriteStateAsync(cancellationToken);
                return;
            }
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        var marking = hub.Effects.MarkPendingAsync(Self, hub.RealTime.GetUtcNow(), cancellationToken);
        var writing = state.WriteStateAsync(cancellationToken);
        var logger = hub.Loggers.CreateLogger(GetType());
        try
        {
            await Task.WhenAll(marking, writing);
        }
        catch (Exception exception) when (writing.IsCompletedSuccessfully && exception is not OperationCanceledException)
        {
            // The state holds the effects, so the next activation applies them even without the marker; the marker only
            // lets recovery find a grain nobody calls again. The write landed, so the call must not fail.
            LogMarkerFailed(logger, Self.Type, exception);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        try
        {
            await ApplyEffectsAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The state (and normally the marker) is durable, so the effects are owed, not lost: this activation tries again
            // every second (the store may be restarting), and the silo's recovery applies them should the activation die first.
            LogEffectsDeferred(logger, Self.Type, exception);
            retry ??= this.RegisterGrainTimer(RetryEffectsAsync, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }
    }

    private async Task RetryEffectsAsync(CancellationToken cancellationToken)
    {
        if (!State.Effects.IsEmpty)
        {
            await ApplyEffectsAsync(cancellationToken);
        }

        retry?.Dispose();
        retry = null;
    }

    /// <summary>Writes only the rows that go first (a read that is audited but changes no state).</summary>
    protected async Task WriteRowsAsync(CancellationToken cancellationToken = default)
    {
        if (directRows.Count > 0)
        {
            await hub.Rows.WriteAsync([.. directRows], cancellationToken);
            directRows.Clear();
        }
    }

    /// <summary>
    /// Writes one row at once, durable when the task completes, without staging it: for a <c>[ReadOnly]</c> call, which
    /// may interleave with others of its kind and so must not share the rows staged for the next commit.
    /// </summary>
    protected Task WriteRowNowAsync(string index, string entryKey, string partition, string sortKey, string? payload) =>
        hub.Rows.WriteAsync([new IndexEntry(index, entryKey, partition, sortKey, Self, payload)]);

    private async Task ApplyEffectsAsync(CancellationToken cancellationToken)
    {
        var effects = State.Effects;
        await hub.Effects.ApplyAsync(Self, [.. effects.Events], [.. effects.Index], [.. effects.KeptAttachments], cancellationToken);

        // Applied: the next write of the state records that; until then an activation would apply them again, harmlessly.
        effects.Clear();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The pending-effects marker of a {GrainType} grain could not be written; its state still holds the effects")]
    private static partial void LogMarkerFailed(ILogger logger, string grainType, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Effects of a {GrainType} grain could not be applied after its commit; recovery applies them later")]
    private static partial void LogEffectsDeferred(ILogger logger, string grainType, Exception exception);
}
