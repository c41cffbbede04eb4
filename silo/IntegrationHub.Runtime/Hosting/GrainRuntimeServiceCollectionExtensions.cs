using IntegrationHub.Runtime.Core;
using IntegrationHub.Runtime.Outbox;
using IntegrationHub.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Runtime.Hosting;

public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>Adds one silo: the catalog, the grain factory, the outbox and reminder workers and the hosted service.</summary>
    public static GrainRuntimeBuilder AddGrainRuntime(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null)
    {
        var options = new GrainRuntimeOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GrainTypeRegistry>();
        services.AddSingleton<SiloRuntime>();
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<SiloRuntime>().GrainFactory);
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<ReminderService>();
        services.AddSingleton<SiloHostedService>();
        services.AddSingleton<ISiloControl>(sp => sp.GetRequiredService<SiloHostedService>());
        services.AddHostedService(sp => sp.GetRequiredService<SiloHostedService>());
        return new GrainRuntimeBuilder(services, options);
    }
}
