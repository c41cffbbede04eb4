namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>Who started a case.</summary>
[GenerateSerializer]
[Alias("hub.CaseOrigin")]
public enum CaseOrigin
{
    /// <summary>The resident (or a guardian as proxy) submitted it to a clinic.</summary>
    Resident,

    /// <summary>Staff at a clinic sent the resident a message (<c>POST /staff/messages</c>).</summary>
    Clinic,

    /// <summary>The hub itself, e.g. the notices before a 13th birthday (PX5, PX6).</summary>
    Hub,

    /// <summary>A regional service, e.g. a FHIR Communication.</summary>
    Regional,
}
