using System.Collections.ObjectModel;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace IntegrationHub.Hub.Tests.Infrastructure;

/// <summary>A local hub that records spans (<c>Hub:Telemetry:Tracing=true</c>) and hands every exported span and metric to in-memory exporters, after the hub's own processors.</summary>
public sealed class TelemetryHubFixture : HubFixture
{
    private readonly Exported<Activity> spans = new();
    private readonly Exported<Metric> metrics = new();

    protected override IEnumerable<string> ExtraArguments => ["--Hub:Telemetry:Tracing=true"];

    /// <summary>Every span exported so far (all are exported once flushed).</summary>
    public IReadOnlyList<Activity> Spans()
    {
        Hub.App.Services.GetRequiredService<TracerProvider>().ForceFlush();
        return spans.Snapshot();
    }

    /// <summary>Every metric collected by a flush now.</summary>
    public IReadOnlyList<Metric> Metrics()
    {
        metrics.Clear();
        Hub.App.Services.GetRequiredService<MeterProvider>().ForceFlush();
        return metrics.Snapshot();
    }

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        builder.Services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
    }

    /// <summary>The exporters write from the hub's threads while a test reads.</summary>
    private sealed class Exported<T> : Collection<T>
    {
        private readonly Lock gate = new();

        public IReadOnlyList<T> Snapshot()
        {
            lock (gate)
            {
                return [.. this];
            }
        }

        protected override void InsertItem(int index, T item)
        {
            lock (gate)
            {
                base.InsertItem(index, item);
            }
        }

        protected override void ClearItems()
        {
            lock (gate)
            {
                base.ClearItems();
            }
        }
    }
}
