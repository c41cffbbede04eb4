namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>The registry's facts about a person that a FHIR client is shown (API.md's Patient): no region, no address (LK9).</summary>
[GenerateSerializer]
[Alias("hub.ClientPerson")]
public sealed record ClientPerson(string GivenName, string FamilyName, DateOnly BirthDate, bool Deceased, PersonProtection Protection)
{
    public string Name => $"{GivenName} {FamilyName}".Trim();
}
