using IntegrationHub.Runtime.Remoting.Security;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Runtime.Remoting.Client;

/// <summary>DI registration of the remote grain client.</summary>
public static class RemoteGrainClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RemoteGrainFactory"/> as the <see cref="IGrainFactory"/> of a process without a silo (a
    /// separate gateway). The key binds from <c>Hub:Internal:Key</c> (<see cref="InternalCallOptions"/>) unless
    /// <paramref name="configureKey"/> sets it.
    /// </summary>
    public static IServiceCollection AddRemoteGrainClient(
        this IServiceCollection services,
        Action<RemoteGrainClientOptions> configure,
        Action<InternalCallOptions>? configureKey = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        services.AddInternalCallOptions(configureKey);
        services.AddHttpClient(RemoteGrainFactory.HttpClientName);
        services.AddSingleton<RemoteGrainFactory>();
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<RemoteGrainFactory>());
        return services;
    }
}
