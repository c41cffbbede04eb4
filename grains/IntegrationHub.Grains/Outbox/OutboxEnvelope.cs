using System.Text.Json;

namespace IntegrationHub.Grains.Outbox;

/// <summary>One delivery of an outbox event; <see cref="Attempt"/> is 1 on the first try.</summary>
public sealed record OutboxEnvelope(Guid Id, string Topic, string Payload, DateTimeOffset CreatedAt, int Attempt)
{
    public T Read<T>() =>
        JsonSerializer.Deserialize<T>(Payload, JsonSerializerOptions.Web) ?? throw new JsonException($"Outbox event {Id} has an empty payload.");
}
