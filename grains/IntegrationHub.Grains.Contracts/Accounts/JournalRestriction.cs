namespace IntegrationHub.Grains.Contracts.Accounts;

[GenerateSerializer]
[Alias("hub.JournalRestriction")]
public enum JournalRestriction
{
    /// <summary>Försegling by the care provider: the whole journal, all providers (JR1).</summary>
    Seal,

    /// <summary>Spärr set by the resident for chosen units (JR1).</summary>
    UnitSeal,

    /// <summary>Blockera vårdnadshavare (JR2).</summary>
    GuardianBlock,
}
