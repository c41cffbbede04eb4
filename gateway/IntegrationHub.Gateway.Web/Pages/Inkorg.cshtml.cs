using IntegrationHub.Gateway.Api.Cases;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Store.Indexes;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary><c>/inkorg</c>: every case of the acting identity, as <c>GET /api/cases</c> lists them.</summary>
internal sealed class InkorgModel(HubGrains grains, IIndexStore index) : ResidentPageModel(grains)
{
    public IReadOnlyList<CaseOutput> Cases { get; private set; } = [];

    public bool Sent { get; private set; }

    public async Task OnGetAsync(bool skickat = false)
    {
        Sent = skickat;
        Cases = ApiAnswer.Value<CaseInboxView>(await CaseEndpoints.GetInboxAsync(HttpContext, Grains, index, HttpContext.RequestAborted))?.Cases ?? [];
    }
}
