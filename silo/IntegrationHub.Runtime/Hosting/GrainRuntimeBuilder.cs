using System.Reflection;
using IntegrationHub.Runtime.Core;
using IntegrationHub.Runtime.Outbox;
using IntegrationHub.Runtime.Storage;
using IntegrationHub.Runtime.Storage.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Runtime.Hosting;

/// <summary>Configures one silo's runtime: which grains it hosts, which store it uses, which outbox handlers it runs.</summary>
public sealed class GrainRuntimeBuilder(IServiceCollection services, GrainRuntimeOptions options)
{
    public IServiceCollection Services { get; } = services;

    public GrainRuntimeOptions Options { get; } = options;

    public GrainRuntimeBuilder AddGrainsFrom(Assembly assembly)
    {
        Services.AddSingleton(new GrainAssembly(assembly));
        return this;
    }

    public GrainRuntimeBuilder AddOutboxHandler<THandler>() where THandler : class, IOutboxHandler
    {
        Services.AddSingleton<IOutboxHandler, THandler>();
        return this;
    }

    /// <summary>Registers one store object as the grain storage, the outbox and the reminder table.</summary>
    public GrainRuntimeBuilder UseStore<TStore>(Func<IServiceProvider, TStore> factory)
        where TStore : class, IGrainStorage, IOutboxStore, IReminderTable
    {
        Services.AddSingleton(factory);
        Services.AddSingleton<IGrainStorage>(sp => sp.GetRequiredService<TStore>());
        Services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<TStore>());
        Services.AddSingleton<IReminderTable>(sp => sp.GetRequiredService<TStore>());
        return this;
    }

    public GrainRuntimeBuilder UseMemoryStore(MemoryGrainStore? shared = null) =>
        UseStore(_ => shared ?? new MemoryGrainStore());
}
