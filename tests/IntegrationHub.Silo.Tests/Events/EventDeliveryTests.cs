using System.Text.Json;
using IntegrationHub.Grains.Journal;
using IntegrationHub.Grains.Outbox;
using IntegrationHub.Store;
using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace IntegrationHub.Silo.Tests.Events;

/// <summary>
/// The hub's domain events go from the outbox on Orleans streams to consumer grains, on two silos: at least once (a
/// consumer's silo killed mid-delivery, a handler that failed), and each event id reaches its receiver once.
/// </summary>
public sealed class EventDeliveryTests(EventDeliveryCluster cluster) : IClassFixture<EventDeliveryCluster>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task ConsumerSiloKilled_MidDelivery_EventHandledAgainOnOtherSilo_ReceiverHasItOnce()
    {
        var note = Guid.CreateVersion7();
        cluster.Probe.OnFirstCall(note, JournalProbe.FirstCall.HangAfterSending);

        await EmitNoteAsync(note);
        // The journal system took the note; the first call now hangs, as if its silo died before completing the row.
        await UntilAsync(() => cluster.Fleet.Journal.Notes.Any(n => n.Id == note));
        var consumerSilo = Assert.Single(cluster.Probe.CallsFor(note));
        Assert.True(await Outbox().IsPendingAsync(note, CancellationToken.None));
        await cluster.Cluster.KillSiloAsync(cluster.Cluster.Silos.Single(s => s.SiloAddress.Equals(consumerSilo)));

        await UntilAsync(async () => !await Outbox().IsPendingAsync(note, CancellationToken.None));

        var calls = cluster.Probe.CallsFor(note);
        Assert.True(calls.Count >= 2);
        Assert.NotEqual(consumerSilo, calls[^1]);
        Assert.Single(cluster.Fleet.Journal.Notes, n => n.Id == note);
    }

    [Fact]
    public async Task HandlerFailed_EventRetriedAfterBackOff_DeliveredOnce()
    {
        var note = Guid.CreateVersion7();
        cluster.Probe.OnFirstCall(note, JournalProbe.FirstCall.FailBeforeSending);

        await EmitNoteAsync(note);
        await UntilAsync(async () => !await Outbox().IsPendingAsync(note, CancellationToken.None));

        Assert.Equal(2, cluster.Probe.CallsFor(note).Count);
        Assert.Single(cluster.Fleet.Journal.Notes, n => n.Id == note);
    }

    [Fact]
    public async Task DeliveredEvent_PublishedAgain_ConsumerDropsIt()
    {
        var note = Guid.CreateVersion7();
        await EmitNoteAsync(note);
        await UntilAsync(async () => !await Outbox().IsPendingAsync(note, CancellationToken.None));
        Assert.Single(cluster.Probe.CallsFor(note));

        // A stale copy on the note's stream, then a new event on the same stream: a stream keeps its order, so once the
        // new one is handled the copy has been through the consumer too.
        var streams = LiveSilo().GetRequiredKeyedService<IStreamProvider>(OutboxStreams.Provider);
        await streams.GetStream<OutboxEvent>(OutboxStreams.For(JournalNoteRequested.Topic, note))
            .OnNextAsync(new OutboxEvent(note, JournalNoteRequested.Topic, Payload(), DateTimeOffset.UtcNow, 1, "stale"));
        var after = SameStreamAs(note);
        await EmitNoteAsync(after);
        await UntilAsync(async () => !await Outbox().IsPendingAsync(after, CancellationToken.None));

        Assert.Single(cluster.Probe.CallsFor(after));
        Assert.Single(cluster.Probe.CallsFor(note));
        Assert.Single(cluster.Fleet.Journal.Notes, n => n.Id == note);
    }

    private static Guid SameStreamAs(Guid note)
    {
        var stream = OutboxStreams.For(JournalNoteRequested.Topic, note);
        while (true)
        {
            var candidate = Guid.CreateVersion7();
            if (OutboxStreams.For(JournalNoteRequested.Topic, candidate).Equals(stream))
            {
                return candidate;
            }
        }
    }

    private static string Payload() =>
        JsonSerializer.Serialize(
            new JournalNoteRequested("191212121212", JournalNoteRequested.LoginTitle, "Prov", DateTimeOffset.UtcNow),
            JsonSerializerOptions.Web);

    /// <summary>The event as a grain's commit puts it in the outbox.</summary>
    private async Task EmitNoteAsync(Guid id)
    {
        var now = DateTimeOffset.UtcNow;
        await LiveSilo().GetRequiredService<IEffectStore>().ApplyAsync(
            new GrainRef("test", id.ToString("N")),
            [new OutboxMessage(id, JournalNoteRequested.Topic, Payload(), now, now)],
            [],
            [],
            CancellationToken.None);
    }

    private IOutboxStore Outbox() => LiveSilo().GetRequiredService<IOutboxStore>();

    private IServiceProvider LiveSilo() => cluster.Cluster.Silos.First(s => s.IsActive).SiloHost.Services;

    private static Task UntilAsync(Func<bool> condition) => UntilAsync(() => Task.FromResult(condition()));

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The condition did not come true in time.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
