namespace IntegrationHub.Identity.Login;

/// <summary>The e-identification method strings of the identity provider's resident assertion (API.md).</summary>
public static class EIdentificationMethods
{
    /// <summary>BankID (accepted, ID2).</summary>
    public const string BankId = "bankid";

    /// <summary>Freja eID Plus (accepted, ID2). Plain Freja eID without Plus is not.</summary>
    public const string FrejaEIdPlus = "freja-eid-plus";
}
