using IntegrationHub.Gateway.Api.Residents;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Start;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary><c>/</c>: the login page without a session, the start page (HO3) with one.</summary>
internal sealed class IndexModel(HubGrains grains) : ResidentPageModel(grains)
{
    protected override bool AllowsAnonymous => true;

    public StartView? Start { get; private set; }

    /// <summary>A message in words after a redirect (<c>?meddelande=code</c>), e.g. why proxy mode ended.</summary>
    public string? Message { get; private set; }

    public bool Added { get; private set; }

    public async Task OnGetAsync(string? meddelande, bool tillagd = false)
    {
        Message = meddelande is null ? null : Words.Refusal(meddelande);
        Added = tillagd;
        if (Me is not null)
        {
            Start = ApiAnswer.Value<StartView>(await ResidentEndpoints.GetStartAsync(HttpContext, Grains));
        }
    }
}
