using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using IntegrationHub.Runtime.Remoting.Protocol;

namespace IntegrationHub.Runtime.Remoting.Client;

/// <summary>
/// One grain interface method as the client calls it: which parameters are sent (a CancellationToken parameter
/// cancels the HTTP call instead), and how the JSON result becomes the declared Task, Task&lt;T&gt;, ValueTask or
/// ValueTask&lt;T&gt;. Built once per method.
/// </summary>
internal sealed class RemoteMethod
{
    private static readonly ConcurrentDictionary<MethodInfo, RemoteMethod> Cache = new();

    private readonly string name;
    private readonly Type[] parameterTypes;
    private readonly int cancellationIndex;
    private readonly Func<Task<JsonElement?>, object> adapt;

    private RemoteMethod(MethodInfo method)
    {
        name = method.Name;
        var parameters = method.GetParameters();
        cancellationIndex = Array.FindIndex(parameters, p => p.ParameterType == typeof(CancellationToken));
        parameterTypes = parameters.Select(p => p.ParameterType).ToArray();
        adapt = CreateAdapter(method.ReturnType);
    }

    public static RemoteMethod For(MethodInfo method) => Cache.GetOrAdd(method, m => new RemoteMethod(m));

    public object Invoke(RemoteGrainProxy proxy, object?[] arguments)
    {
        var sent = new List<(object? Value, Type Type)>(arguments.Length);
        var cancellationToken = CancellationToken.None;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i == cancellationIndex)
            {
                cancellationToken = (CancellationToken)arguments[i]!;
                continue;
            }

            sent.Add((arguments[i], parameterTypes[i]));
        }

        return adapt(proxy.Factory.CallAsync(proxy.InterfaceName, proxy.Key, name, sent, cancellationToken));
    }

    private static Func<Task<JsonElement?>, object> CreateAdapter(Type returnType)
    {
        if (returnType == typeof(Task))
        {
            return call => (Task)call;
        }

        if (returnType == typeof(ValueTask))
        {
            return call => new ValueTask(call);
        }

        if (returnType.IsGenericType)
        {
            var definition = returnType.GetGenericTypeDefinition();
            var helper = definition == typeof(Task<>) ? nameof(AsTask)
                : definition == typeof(ValueTask<>) ? nameof(AsValueTask)
                : null;
            if (helper is not null)
            {
                return typeof(RemoteMethod).GetMethod(helper, BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(returnType.GetGenericArguments()[0])
                    .CreateDelegate<Func<Task<JsonElement?>, object>>();
            }
        }

        throw new NotSupportedException($"A remote grain method must return Task, Task<T>, ValueTask or ValueTask<T>, not {returnType.Name}.");
    }

    private static object AsTask<T>(Task<JsonElement?> call) => ReadAsync<T>(call);

    private static object AsValueTask<T>(Task<JsonElement?> call) => new ValueTask<T>(ReadAsync<T>(call));

    private static async Task<T> ReadAsync<T>(Task<JsonElement?> call)
    {
        var result = await call.ConfigureAwait(false);
        return result is { } element ? element.Deserialize<T>(GrainCallProtocol.Json)! : default!;
    }
}
