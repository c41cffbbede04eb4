using System.Collections.Frozen;
using System.Reflection;
using IntegrationHub.Runtime.Core;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Runtime.Remoting.Server;

/// <summary>
/// The allow-list of grain interfaces remote callers may name: every interface deriving from
/// <see cref="IGrainWithStringKey"/> that a grain class in the runtime's registered grain assemblies implements.
/// Callers' strings are only ever looked up here, never resolved with Type.GetType. A singleton.
/// </summary>
internal sealed class GrainInterfaceCatalog
{
    private readonly FrozenDictionary<string, GrainInterface> byName;

    public GrainInterfaceCatalog(IServiceProvider services)
    {
        byName = Discover(services.GetServices<GrainAssembly>().Select(r => r.Assembly).Distinct());
    }

    public bool TryGet(string interfaceName, out GrainInterface? grainInterface) =>
        byName.TryGetValue(interfaceName, out grainInterface);

    private static FrozenDictionary<string, GrainInterface> Discover(IEnumerable<Assembly> assemblies)
    {
        var result = new Dictionary<string, GrainInterface>(StringComparer.Ordinal);
        var grainClasses = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && typeof(Grain).IsAssignableFrom(t));
        foreach (var contract in grainClasses.SelectMany(c => c.GetInterfaces()))
        {
            if (contract != typeof(IGrainWithStringKey) && typeof(IGrainWithStringKey).IsAssignableFrom(contract) && contract.FullName is { } name)
            {
                result.TryAdd(name, new GrainInterface(contract));
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
