using System.Reflection;

namespace IntegrationHub.Runtime.Core;

/// <summary>What <see cref="IGrainFactory.GetGrain{TGrain}"/> hands out: every interface call becomes a grain call.</summary>
#pragma warning disable CA1852 // DispatchProxy derives a generated type from it, so it cannot be sealed.
internal class GrainProxy : DispatchProxy
#pragma warning restore CA1852
{
    internal GrainReference Reference { get; set; } = null!;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        GrainMethodInvoker.For(targetMethod!).Invoke(Reference, args ?? []);
}
