using IntegrationHub.Gateway.Web.Sessions;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary>
/// A page of the resident portal: before any handler runs, the session grain decides, as for any <c>/api</c> request
/// (lock, death, idle limit, proxy). Without a live resident session the browser goes to the login page; a refusal in
/// proxy mode takes the guardian back to their own account with the reason in words.
/// </summary>
public abstract class ResidentPageModel(HubGrains grains) : PageModel
{
    protected HubGrains Grains { get; } = grains;

    /// <summary>Who is logged in and whom the session acts for.</summary>
    public SessionPrincipal Principal { get; private set; } = null!;

    /// <summary>The acting user as <c>GET /api/me</c> shows them; null before login (the login page).</summary>
    public MeView? Me { get; private set; }

    /// <summary>The gate's area: the resident's own calls (adding a child, leaving proxy mode) pass in proxy mode too.</summary>
    protected virtual AccessArea Area => AccessArea.ResidentApi;

    /// <summary>Whether the page shows itself (the login) without a session instead of sending the browser there.</summary>
    protected virtual bool AllowsAnonymous => false;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var decision = await WebGate.DecideAsync(HttpContext, Grains, Area);
        if (decision is { Verdict: SessionVerdict.Forbidden, Principal.Kind: SessionKind.Resident })
        {
            // The child's account refuses (locked, the relationship ended): the guardian acts for themselves again.
            await Grains.Session(decision.Principal.SessionKey).StopActingAsync();
            context.Result = Redirect("/?meddelande=" + Uri.EscapeDataString(decision.Code ?? ProxyCodes.NoActiveProxy));
            return;
        }

        if (decision is not { Verdict: SessionVerdict.Allowed } || decision.Principal!.Kind != SessionKind.Resident)
        {
            if (!AllowsAnonymous)
            {
                context.Result = Redirect("/");
                return;
            }

            await next();
            return;
        }

        Principal = decision.Principal;
        Me = await Grains.Session(Principal.SessionKey).GetMeAsync();
        if (Me is null)
        {
            context.Result = Redirect("/");
            return;
        }

        await next();
    }
}
