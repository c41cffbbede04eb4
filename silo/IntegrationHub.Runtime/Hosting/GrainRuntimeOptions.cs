using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Runtime.Hosting;

public sealed class GrainRuntimeOptions
{
    /// <summary>This silo's name in leases and invalidation messages; unique per process in a cluster.</summary>
    public string SiloId { get; set; } = $"silo-{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}";

    public TimeSpan DefaultCollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for (real time).</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Beyond this many live activations the least recently used idle ones are collected.</summary>
    public int MaxActivations { get; set; } = 1_000_000;

    /// <summary>How often the outbox and reminder workers look for due rows when nothing nudges them (real time).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ReminderLease { get; set; } = TimeSpan.FromSeconds(30);

    public int OutboxBatchSize { get; set; } = 64;

    /// <summary>Calls retried on fresh state after a write lost to another activation (DESIGN.md asks for one).</summary>
    public int InconsistentStateRetries { get; set; } = 1;

    /// <summary>A grain call that has not finished by then fails with <see cref="TimeoutException"/>.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the background workers run (tests of one silo's crash turn them off to hold events back).</summary>
    public bool RunBackgroundWorkers { get; set; } = true;

    public JsonSerializerOptions JsonOptions { get; set; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
