namespace IntegrationHub.Fhir.Journal;

/// <summary>What a journal system's Consent restricts (JR1, JR2).</summary>
public enum JournalConsentKind
{
    /// <summary>Försegling by the care provider: the whole journal, all providers (JR1). A Consent without actors.</summary>
    Seal,

    /// <summary>Spärr set by the resident for chosen units (JR1): each unit an actor, named by HSA-id.</summary>
    UnitSeal,

    /// <summary>Blockera vårdnadshavare (JR2): each guardian an actor of role v3-RoleClass GUARD, named by personnummer.</summary>
    GuardianBlock,
}
