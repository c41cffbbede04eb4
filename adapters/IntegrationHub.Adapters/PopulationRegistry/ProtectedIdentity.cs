namespace IntegrationHub.Adapters.PopulationRegistry;

/// <summary>Skyddade personuppgifter: sekretessmarkering (FHIR confidentiality R) or skyddad folkbokföring (V).</summary>
public enum ProtectedIdentity
{
    None,
    Sekretessmarkering,
    SkyddadFolkbokforing,
}
