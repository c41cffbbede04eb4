namespace IntegrationHub.Gateway.Host.Forwarding;

/// <summary>The silos behind this gateway, taken in turn; any silo serves any request, since state lives in the shared store.</summary>
internal sealed class SiloDestinations(IReadOnlyList<Uri> silos)
{
    private int next = -1;

    public string Next()
    {
        var index = (int)((uint)Interlocked.Increment(ref next) % (uint)silos.Count);
        return silos[index].AbsoluteUri;
    }
}
