namespace IntegrationHub.Adapters.IdentityProvider;

/// <summary>The identity provider's keys could not be fetched and none were cached: no assertion can be checked.</summary>
public sealed class IdentityProviderUnavailableException : Exception
{
    public IdentityProviderUnavailableException()
    {
    }

    public IdentityProviderUnavailableException(string message) : base(message)
    {
    }

    public IdentityProviderUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
