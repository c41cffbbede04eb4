using System.Reflection;

namespace IntegrationHub.Runtime.Core;

internal sealed class GrainFactory(SiloRuntime runtime) : IGrainFactory
{
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var type = runtime.Types.ForInterface(typeof(TGrain));
        var proxy = DispatchProxy.Create<TGrain, GrainProxy>();
        ((GrainProxy)(object)proxy).Reference = new GrainReference(runtime, new GrainId(type.Name, key), type);
        return proxy;
    }

    /// <summary>A reference by stored type name, for reminders and other calls that come from the runtime itself.</summary>
    public GrainReference GetReference(GrainId id) => new(runtime, id, runtime.Types.ForName(id.Type));
}
