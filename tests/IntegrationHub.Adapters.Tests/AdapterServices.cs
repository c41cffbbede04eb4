using IntegrationHub.Adapters;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Adapters.Tests;

internal static class AdapterServices
{
    /// <summary>A service provider with logging and <c>AddHubAdapters</c>, as a composing host would have.</summary>
    public static ServiceProvider Create(Action<HubAdapterOptions> configure, TimeProvider? timeProvider = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddHubAdapters(configure);
        return services.BuildServiceProvider();
    }
}
