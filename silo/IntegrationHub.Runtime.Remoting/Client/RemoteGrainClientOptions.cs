namespace IntegrationHub.Runtime.Remoting.Client;

/// <summary>Where the silos are.</summary>
public sealed class RemoteGrainClientOptions
{
    /// <summary>Base addresses of the silos (e.g. <c>http://silo-a:8081/</c>); calls go round robin and fail over to
    /// the next on a connection failure.</summary>
    public IList<Uri> Silos { get; } = [];
}
