using System.Buffers.Binary;
using Orleans.Runtime;

namespace IntegrationHub.Grains.Outbox;

/// <summary>
/// Where outbox events travel: one stream namespace per topic on the provider <see cref="Provider"/>, and within a topic
/// <see cref="Buckets"/> streams chosen by the event id, so that a topic's events are handled in parallel by that many
/// consumer grains, and one event always reaches the same one (which drops it when it was already delivered).
/// </summary>
internal static class OutboxStreams
{
    public const string Provider = "hub-events";

    /// <summary>Every outbox topic's namespace starts with this; the consumer grain subscribes to them all.</summary>
    public const string NamespacePrefix = "hub-event/";

    public const int Buckets = 16;

    public static StreamId For(string topic, Guid eventId)
    {
        Span<byte> bytes = stackalloc byte[16];
        eventId.TryWriteBytes(bytes);

        // The last bytes of a version-7 id are random, so the buckets fill evenly.
        var bucket = BinaryPrimitives.ReadUInt32LittleEndian(bytes[12..]) % Buckets;
        return StreamId.Create(NamespacePrefix + topic, $"{topic}/{bucket:D2}");
    }
}
