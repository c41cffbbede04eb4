using IntegrationHub.Gateway.Api.Proxies;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary>
/// The start page's Ombud section posts here (PX2, PX3): add a child, act for a child (ombudsläget), act for oneself
/// again. Each is the same endpoint helper as <c>POST /api/proxies</c> and <c>PUT</c>/<c>DELETE /api/acting-as</c>.
/// </summary>
internal sealed class OmbudModel(HubGrains grains) : ResidentPageModel(grains)
{
    protected override AccessArea Area => AccessArea.ResidentSelf;

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAddAsync(string? childPersonnummer)
    {
        var result = await ProxyEndpoints.AddAsync(HttpContext, new AddProxyBody(childPersonnummer?.Replace("-", string.Empty, StringComparison.Ordinal).Trim()), Grains);
        return ApiAnswer.Succeeded(result) ? Redirect("/?tillagd=true") : Redirect("/?meddelande=" + ApiAnswer.Code(result));
    }

    public async Task<IActionResult> OnPostActAsync(string? personnummer)
    {
        var result = await ProxyEndpoints.ActAsAsync(HttpContext, new ActingAsBody(personnummer), Grains);
        return ApiAnswer.Succeeded(result) ? Redirect("/") : Redirect("/?meddelande=" + ApiAnswer.Code(result));
    }

    public async Task<IActionResult> OnPostStopAsync()
    {
        await ProxyEndpoints.StopActingAsync(HttpContext, Grains);
        return Redirect("/");
    }
}
