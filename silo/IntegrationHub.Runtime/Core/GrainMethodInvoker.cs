using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace IntegrationHub.Runtime.Core;

/// <summary>
/// A compiled call of one interface method on a grain instance, built once per method so that a grain call costs a
/// delegate call rather than reflection.
/// </summary>
internal abstract class GrainMethodInvoker
{
    private static readonly ConcurrentDictionary<MethodInfo, GrainMethodInvoker> Cache = new();

    public static GrainMethodInvoker For(MethodInfo method) => Cache.GetOrAdd(method, Create);

    public abstract object Invoke(GrainReference reference, object?[] arguments);

    private static GrainMethodInvoker Create(MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(Grain), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var parameters = method.GetParameters()
            .Select((p, i) => Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType))
            .ToArray();
        var call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, parameters);

        if (method.ReturnType == typeof(Task))
        {
            return new VoidInvoker(Expression.Lambda<Func<Grain, object?[], Task>>(call, grain, args).Compile());
        }

        var resultType = method.ReturnType.GetGenericArguments()[0];
        var delegateType = typeof(Func<,,>).MakeGenericType(typeof(Grain), typeof(object?[]), method.ReturnType);
        var compiled = Expression.Lambda(delegateType, call, grain, args).Compile();
        return (GrainMethodInvoker)Activator.CreateInstance(typeof(ValueInvoker<>).MakeGenericType(resultType), compiled)!;
    }

    private sealed class VoidInvoker(Func<Grain, object?[], Task> call) : GrainMethodInvoker
    {
        public override object Invoke(GrainReference reference, object?[] arguments) => reference.InvokeAsync(call, arguments);
    }

    private sealed class ValueInvoker<T>(Func<Grain, object?[], Task<T>> call) : GrainMethodInvoker
    {
        public override object Invoke(GrainReference reference, object?[] arguments) => reference.InvokeAsync(call, arguments);
    }
}
