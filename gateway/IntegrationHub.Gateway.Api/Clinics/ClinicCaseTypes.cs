using System.Text.Json;
using IntegrationHub.Domain.Cases;
using IntegrationHub.Grains.Contracts.Clinics;

namespace IntegrationHub.Gateway.Api.Clinics;

/// <summary>Between the domain's <see cref="CaseTypeSettings"/> and the clinic grain's stored form.</summary>
internal static class ClinicCaseTypes
{
    public static ClinicCaseType ToStored(string caseType, CaseTypeSettings settings) =>
        new(caseType, settings.Active, settings.AttachmentsAllowed, settings.ProxyAllowed, JsonSerializer.Serialize(settings, JsonSerializerOptions.Web));

    public static CaseTypeSettings Settings(ClinicCaseType stored) =>
        JsonSerializer.Deserialize<CaseTypeSettings>(stored.SettingsJson, JsonSerializerOptions.Web) ?? CaseTypeSettings.Inactive;
}
