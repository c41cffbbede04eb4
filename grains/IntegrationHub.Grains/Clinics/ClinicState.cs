using IntegrationHub.Grains.Contracts.Clinics;
using IntegrationHub.Grains.Effects;

namespace IntegrationHub.Grains.Clinics;

/// <summary>A clinic as stored: its sanitised information text and its case types by id.</summary>
public sealed class ClinicState : EffectfulState
{
    public string? InfoHtml { get; set; }

    public Dictionary<string, ClinicCaseType> CaseTypes { get; set; } = new(StringComparer.Ordinal);
}
