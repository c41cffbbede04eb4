namespace IntegrationHub.Runtime.Core;

/// <summary>The call reached an activation that was collected before its turn began; nothing ran, so it is sent again.</summary>
internal sealed class ActivationDeactivatedException : Exception
{
    public ActivationDeactivatedException()
    {
    }

    public ActivationDeactivatedException(string message) : base(message)
    {
    }

    public ActivationDeactivatedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
