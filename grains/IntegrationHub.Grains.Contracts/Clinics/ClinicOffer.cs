namespace IntegrationHub.Grains.Contracts.Clinics;

/// <summary>What a clinic offers: its sanitised information text (null when none) and its configured case types.</summary>
[GenerateSerializer]
[Alias("hub.ClinicOffer")]
public sealed record ClinicOffer(string? InfoHtml, IReadOnlyList<ClinicCaseType> CaseTypes)
{
    public ClinicCaseType? Find(string caseType) => CaseTypes.FirstOrDefault(c => string.Equals(c.CaseType, caseType, StringComparison.Ordinal));
}
