using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Runtime.Remoting.Server;

/// <summary>
/// The allow-list of grain interfaces remote callers may name: every interface deriving from
/// <see cref="IGrainWithStringKey"/> that a grain class in the runtime's registered grain assemblies implements.
/// Callers' strings are only ever looked up here, never resolved with Type.GetType. A singleton.
/// </summary>
internal sealed class GrainInterfaceCatalog
{
    // The runtime registers each grain assembly as an internal GrainAssembly singleton (GrainRuntimeBuilder.AddGrainsFrom).
    // It has no public accessor yet, so the registrations are read by that fixed type name; nothing of a request
    // ever reaches this lookup.
    private const string GrainAssemblyTypeName = "IntegrationHub.Runtime.Core.GrainAssembly";

    private readonly FrozenDictionary<string, GrainInterface> byName;

    public GrainInterfaceCatalog(IServiceProvider services)
    {
        var registration = typeof(IGrainFactory).Assembly.GetType(GrainAssemblyTypeName, throwOnError: true)!;
        var assemblyProperty = registration.GetProperty("Assembly")!;
        var assemblies = services.GetServices(registration)
            .Select(r => (Assembly)assemblyProperty.GetValue(r)!)
            .Distinct();
        byName = Discover(assemblies);
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
