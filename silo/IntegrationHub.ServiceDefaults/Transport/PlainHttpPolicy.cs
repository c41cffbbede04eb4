namespace IntegrationHub.ServiceDefaults.Transport;

/// <summary>What the hub does with plain HTTP from outside loopback.</summary>
public enum PlainHttpPolicy
{
    Refuse,
    Redirect,
}
