using System.Reflection;

namespace IntegrationHub.Runtime.Core;

/// <summary>What the runtime knows of one grain class: its stored type name, its collection age, its persistent states.</summary>
internal sealed record GrainTypeInfo(string Name, Type ImplementationType, TimeSpan CollectionAge, IReadOnlyList<PersistentStateSlot> States)
{
    public static GrainTypeInfo Create(Type implementation, TimeSpan defaultAge)
    {
        var name = implementation.GetCustomAttribute<GrainTypeAttribute>()?.Name
            ?? DeriveName(implementation.Name);
        var age = implementation.GetCustomAttribute<CollectionAgeLimitAttribute>()?.AgeLimit ?? defaultAge;
        var constructors = implementation.GetConstructors();
        if (constructors.Length != 1)
        {
            throw new InvalidOperationException($"Grain class {implementation.Name} must have exactly one public constructor.");
        }

        var states = new List<PersistentStateSlot>();
        foreach (var parameter in constructors[0].GetParameters())
        {
            var attribute = parameter.GetCustomAttribute<PersistentStateAttribute>();
            if (attribute is null)
            {
                continue;
            }

            var type = parameter.ParameterType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException($"[PersistentState] on {implementation.Name}.{parameter.Name} needs IPersistentState<T>.");
            }

            states.Add(new PersistentStateSlot(attribute.StateName, type.GetGenericArguments()[0]));
        }

        return new GrainTypeInfo(name, implementation, age, states);
    }

    private static string DeriveName(string className)
    {
        var trimmed = className.EndsWith("Grain", StringComparison.Ordinal) ? className[..^"Grain".Length] : className;
        return trimmed.ToLowerInvariant();
    }
}
