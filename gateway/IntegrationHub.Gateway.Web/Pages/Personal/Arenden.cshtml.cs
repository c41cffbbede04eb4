using IntegrationHub.Gateway.Api.Clinics;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using IntegrationHub.Store.Indexes;

namespace IntegrationHub.Gateway.Web.Pages.Personal;

/// <summary><c>/personal/mottagningar/{clinicId}/arenden?status=</c>: the clinic's Ärenden, as <c>GET /staff/clinics/{clinicId}/cases</c>.</summary>
internal sealed class ArendenModel(HubGrains grains, IIndexStore index, HubClock clock) : StaffPageModel(grains)
{
    public static IReadOnlyList<(string? Status, string Name)> Filters { get; } =
    [
        (null, "Alla"),
        (CaseStatuses.New, "Nya"),
        (CaseStatuses.Assigned, "Tilldelade"),
        (CaseStatuses.AwaitingReply, "Väntar på invånaren"),
        (CaseStatuses.Answered, "Besvarade"),
        (CaseStatuses.Closed, "Avslutade"),
    ];

    public string ClinicId { get; private set; } = string.Empty;

    public string? Status { get; private set; }

    public IReadOnlyList<CaseInboxRow>? Cases { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string clinicId, string? status)
    {
        ClinicId = clinicId;
        Status = Filters.Any(f => f.Status == status) ? status : null;
        var result = await ClinicEndpoints.GetInboxAsync(HttpContext, clinicId, Status, null, index, clock, HttpContext.RequestAborted);
        Cases = ApiAnswer.Value<List<CaseInboxRow>>(result);
        Error = Cases is null ? Words.Refusal(ApiAnswer.Code(result)) : null;
    }
}
