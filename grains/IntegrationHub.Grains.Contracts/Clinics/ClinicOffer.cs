namespace IntegrationHub.Grains.Clinics;

/// <summary>What a clinic offers: its sanitised information text (null when none) and its configured case types.</summary>
public sealed record ClinicOffer(string? InfoHtml, IReadOnlyList<ClinicCaseType> CaseTypes)
{
    public ClinicCaseType? Find(string caseType) => CaseTypes.FirstOrDefault(c => string.Equals(c.CaseType, caseType, StringComparison.Ordinal));
}
