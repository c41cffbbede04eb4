using System.Reflection;

namespace IntegrationHub.Runtime.Core;

internal static class GrainMethodValidator
{
    /// <summary>Grain calls are asynchronous messages: every method must return Task or Task&lt;T&gt;.</summary>
    public static void Validate(Type grainInterface)
    {
        foreach (var method in grainInterface.GetMethods().Concat(grainInterface.GetInterfaces().SelectMany(i => i.GetMethods())))
        {
            var returns = method.ReturnType;
            var ok = returns == typeof(Task) || (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>));
            if (!ok)
            {
                throw new InvalidOperationException($"{grainInterface.Name}.{method.Name} must return Task or Task<T>.");
            }
        }
    }

    public static bool ReturnsValue(MethodInfo method) => method.ReturnType.IsGenericType;
}
