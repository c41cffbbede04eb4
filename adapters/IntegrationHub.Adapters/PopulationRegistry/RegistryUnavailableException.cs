namespace IntegrationHub.Adapters.PopulationRegistry;

/// <summary>The registry could not be asked (down, timing out, circuit open). The hub never acts on old data then.</summary>
public sealed class RegistryUnavailableException : Exception
{
    public RegistryUnavailableException()
    {
    }

    public RegistryUnavailableException(string message) : base(message)
    {
    }

    public RegistryUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
