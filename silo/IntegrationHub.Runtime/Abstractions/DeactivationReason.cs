namespace IntegrationHub.Runtime;

public enum DeactivationReason
{
    IdleCollected,
    CapacityExceeded,
    ApplicationRequested,
    StaleState,
    SiloStopping,
}
