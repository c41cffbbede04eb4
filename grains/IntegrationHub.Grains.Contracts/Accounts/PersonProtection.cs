namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>Skyddade personuppgifter as the registry marks them: a confidentiality label, never a reason to refuse (ID7).</summary>
[GenerateSerializer]
[Alias("hub.PersonProtection")]
public enum PersonProtection
{
    None,
    Sekretessmarkering,
    SkyddadFolkbokforing,
}
