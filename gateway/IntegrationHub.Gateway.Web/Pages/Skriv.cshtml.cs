using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Gateway.Api.Clinics;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Keys;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary><c>/skriv?q=</c>: find a clinic by name, as <c>GET /api/clinics?q=</c> does.</summary>
internal sealed class SkrivModel(HubGrains grains, IHsaDirectory hsa) : ResidentPageModel(grains)
{
    public string? Query { get; private set; }

    public IReadOnlyList<ClinicSearchHit>? Hits { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? q)
    {
        Query = q;
        if (q is null)
        {
            return;
        }

        var result = await ClinicEndpoints.SearchAsync(q, null, hsa, Grains, HttpContext.RequestAborted);
        Hits = ApiAnswer.Value<IReadOnlyList<ClinicSearchHit>>(result);
        Error = Hits is null ? (ApiAnswer.Code(result) == "invalid_request" ? "Skriv minst två tecken av mottagningens namn." : Words.Refusal(ApiAnswer.Code(result))) : null;
    }
}
