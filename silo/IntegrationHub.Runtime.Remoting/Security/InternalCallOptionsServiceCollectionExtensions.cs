using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Runtime.Remoting.Security;

/// <summary>Binds <see cref="InternalCallOptions"/> once, for client and server alike.</summary>
public static class InternalCallOptionsServiceCollectionExtensions
{
    /// <summary>Binds <c>Hub:Internal</c> and applies <paramref name="configure"/>; the key is checked at first use.</summary>
    public static IServiceCollection AddInternalCallOptions(this IServiceCollection services, Action<InternalCallOptions>? configure = null)
    {
        var options = services.AddOptions<InternalCallOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(InternalCallOptions.SectionName).Bind(o));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }
}
