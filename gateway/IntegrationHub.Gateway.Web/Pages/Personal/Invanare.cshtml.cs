using IntegrationHub.Gateway.Api.Staff;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Keys;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Gateway.Web.Pages.Personal;

/// <summary>
/// <c>/personal/invanare</c>: Sök invånare (ST1), the same audited lookup as <c>GET /staff/residents</c>. The personnummer
/// is posted, never put in the address.
/// </summary>
internal sealed class InvanareModel(HubGrains grains) : StaffPageModel(grains)
{
    [BindProperty]
    public string? Personnummer { get; set; }

    public StaffResidentView? Resident { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        var result = await ResidentLookupEndpoints.LookUpAsync(HttpContext, Personnummer?.Replace("-", string.Empty, StringComparison.Ordinal).Trim(), null, Grains);
        Resident = ApiAnswer.Value<StaffResidentView>(result);
        Error = Resident is null ? ApiAnswer.Code(result) == "not_found" ? "Ingen invånare med det personnumret finns i folkbokföringen." : Words.Refusal(ApiAnswer.Code(result)) : null;
    }
}
