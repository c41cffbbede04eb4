namespace IntegrationHub.Adapters.Hsa;

public sealed class DirectoryUnavailableException : Exception
{
    public DirectoryUnavailableException()
    {
    }

    public DirectoryUnavailableException(string message) : base(message)
    {
    }

    public DirectoryUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
