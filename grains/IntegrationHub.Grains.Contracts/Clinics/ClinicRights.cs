namespace IntegrationHub.Grains.Contracts.Clinics;

/// <summary>A staff member's rights at one clinic, as the HSA directory names them (ID6).</summary>
public static class ClinicRights
{
    public const string Admin = "admin";
    public const string Receiver = "receiver";
    public const string Handler = "handler";
}
