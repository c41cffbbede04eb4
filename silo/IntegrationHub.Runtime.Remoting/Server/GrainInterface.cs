using System.Reflection;

namespace IntegrationHub.Runtime.Remoting.Server;

/// <summary>A grain interface that remote callers may use: how to get a reference, and its methods by name.</summary>
internal sealed class GrainInterface
{
    private static readonly MethodInfo GetGrainDefinition = typeof(IGrainFactory).GetMethod(nameof(IGrainFactory.GetGrain))!;

    private readonly MethodInfo getGrain;
    private readonly Dictionary<string, MethodInfo[]> methods;

    public GrainInterface(Type type)
    {
        Type = type;
        getGrain = GetGrainDefinition.MakeGenericMethod(type);
        methods = type.GetMethods().Concat(type.GetInterfaces().SelectMany(i => i.GetMethods()))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public Type Type { get; }

    public object GetGrain(IGrainFactory factory, string key) => getGrain.Invoke(factory, [key])!;

    /// <summary>The method of this name taking this many arguments (a CancellationToken parameter is not sent).</summary>
    public MethodInfo? FindMethod(string name, int argumentCount) =>
        methods.TryGetValue(name, out var overloads)
            ? overloads.FirstOrDefault(m => m.GetParameters().Count(p => p.ParameterType != typeof(CancellationToken)) == argumentCount)
            : null;

    public bool HasMethod(string name) => methods.ContainsKey(name);
}
