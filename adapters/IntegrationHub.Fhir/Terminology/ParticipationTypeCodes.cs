namespace IntegrationHub.Fhir.Terminology;

/// <summary>
/// HL7 v3 ParticipationType, in Consent.provision.actor.role: the R4 examples name an organisation a Consent denies
/// as its <see cref="PrimaryInformationRecipient"/>; the hub takes that as a unit of a unit seal.
/// </summary>
public static class ParticipationTypeCodes
{
    public const string System = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    public const string PrimaryInformationRecipient = "PRCP";
}
