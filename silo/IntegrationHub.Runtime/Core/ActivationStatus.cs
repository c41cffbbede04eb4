namespace IntegrationHub.Runtime.Core;

internal enum ActivationStatus
{
    Created,
    Active,
    Deactivated,
}
