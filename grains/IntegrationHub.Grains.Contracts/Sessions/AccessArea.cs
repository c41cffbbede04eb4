namespace IntegrationHub.Grains.Sessions;

public enum AccessArea
{
    ResidentApi,
    StaffApi,
    HopOut,
}
