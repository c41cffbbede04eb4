using System.Reflection;

namespace IntegrationHub.Runtime.Remoting.Client;

/// <summary>What <see cref="RemoteGrainFactory.GetGrain{TGrain}"/> hands out: every interface call becomes an HTTP call.</summary>
#pragma warning disable CA1852 // DispatchProxy derives a generated type from it, so it cannot be sealed.
internal class RemoteGrainProxy : DispatchProxy
#pragma warning restore CA1852
{
    internal RemoteGrainFactory Factory { get; set; } = null!;

    internal string InterfaceName { get; set; } = string.Empty;

    internal string Key { get; set; } = string.Empty;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        RemoteMethod.For(targetMethod!).Invoke(this, args ?? []);
}
