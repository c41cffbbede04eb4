using System.Collections.Frozen;
using System.Reflection;

namespace IntegrationHub.Runtime.Core;

/// <summary>Maps grain interfaces to the one class that implements each, found once at start.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly FrozenDictionary<Type, GrainTypeInfo> byInterface;
    private readonly FrozenDictionary<string, GrainTypeInfo> byName;

    public GrainTypeRegistry(IEnumerable<GrainAssembly> assemblies, Hosting.GrainRuntimeOptions options)
    {
        var interfaces = new Dictionary<Type, GrainTypeInfo>();
        var names = new Dictionary<string, GrainTypeInfo>(StringComparer.Ordinal);
        foreach (var type in assemblies.Select(a => a.Assembly).Distinct().SelectMany(a => a.GetTypes()))
        {
            if (!type.IsClass || type.IsAbstract || !typeof(Grain).IsAssignableFrom(type))
            {
                continue;
            }

            var info = GrainTypeInfo.Create(type, options.DefaultCollectionAge);
            if (!names.TryAdd(info.Name, info))
            {
                throw new InvalidOperationException($"Two grain classes share the type name '{info.Name}'.");
            }

            foreach (var contract in type.GetInterfaces().Where(i => typeof(IGrainWithStringKey).IsAssignableFrom(i) && i != typeof(IGrainWithStringKey)))
            {
                GrainMethodValidator.Validate(contract);
                if (!interfaces.TryAdd(contract, info))
                {
                    throw new InvalidOperationException($"Grain interface {contract.Name} has more than one implementation.");
                }
            }
        }

        byInterface = interfaces.ToFrozenDictionary();
        byName = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public GrainTypeInfo ForInterface(Type grainInterface) =>
        byInterface.TryGetValue(grainInterface, out var info)
            ? info
            : throw new InvalidOperationException($"No grain class implements {grainInterface.Name}; was its assembly added to the runtime?");

    public GrainTypeInfo ForName(string name) =>
        byName.TryGetValue(name, out var info) ? info : throw new InvalidOperationException($"Unknown grain type '{name}'.");

    public bool TryGetByName(string name, out GrainTypeInfo? info) => byName.TryGetValue(name, out info);
}
