using IntegrationHub.Domain.ClinicInfo;
using IntegrationHub.Runtime;

namespace IntegrationHub.Grains.Clinics;

[GrainType("clinic")]
internal sealed class ClinicGrain([PersistentState("clinic")] IPersistentState<ClinicState> state) : Grain, IClinicGrain
{
    public async Task ConfigureCaseTypeAsync(ClinicCaseType caseType)
    {
        ArgumentNullException.ThrowIfNull(caseType);
        state.State.CaseTypes[caseType.CaseType] = caseType;
        await state.WriteStateAsync();
    }

    public async Task<string> SetInfoAsync(string? html)
    {
        // CS10: only h2, h3, bold, italic, lists and links (opened in a new window) survive; no text, no heading.
        var sanitized = ClinicInfoSanitizer.Sanitize(html);
        state.State.InfoHtml = sanitized.Length == 0 ? null : sanitized;
        await state.WriteStateAsync();
        return sanitized;
    }

    public Task<ClinicOffer> GetOfferAsync() =>
        Task.FromResult(new ClinicOffer(state.State.InfoHtml, [.. state.State.CaseTypes.Values.OrderBy(c => c.CaseType, StringComparer.Ordinal)]));
}
