namespace IntegrationHub.Grains.Contracts.Sessions;

[GenerateSerializer]
[Alias("hub.AccessArea")]
public enum AccessArea
{
    ResidentApi,

    /// <summary>Resident calls about the logged-in person alone, also in proxy mode: switching back, adding a child.</summary>
    ResidentSelf,
    StaffApi,
    HopOut,
}
