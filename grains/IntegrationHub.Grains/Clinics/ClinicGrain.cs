using IntegrationHub.Domain.ClinicInfo;
using IntegrationHub.Grains.Contracts.Clinics;
using IntegrationHub.Grains.Effects;

namespace IntegrationHub.Grains.Clinics;

[GrainType("clinic")]
internal sealed class ClinicGrain(
    [PersistentState("clinic", HubStorage.Name)] IPersistentState<ClinicState> state,
    HubGrainContext hub) : HubGrain<ClinicState>(state, hub), IClinicGrain
{
    public async Task ConfigureCaseTypeAsync(ClinicCaseType caseType)
    {
        ArgumentNullException.ThrowIfNull(caseType);
        State.CaseTypes[caseType.CaseType] = caseType;
        await CommitAsync();
    }

    public async Task<string> SetInfoAsync(string? html)
    {
        // CS10: only h2, h3, bold, italic, lists and links (opened in a new window) survive; no text, no heading.
        var sanitized = ClinicInfoSanitizer.Sanitize(html);
        State.InfoHtml = sanitized.Length == 0 ? null : sanitized;
        await CommitAsync();
        return sanitized;
    }

    public Task<ClinicOffer> GetOfferAsync() =>
        Task.FromResult(new ClinicOffer(State.InfoHtml, [.. State.CaseTypes.Values.OrderBy(c => c.CaseType, StringComparer.Ordinal)]));
}
