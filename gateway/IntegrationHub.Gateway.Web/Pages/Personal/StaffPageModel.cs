using IntegrationHub.Gateway.Web.Sessions;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Gateway.Web.Pages.Personal;

/// <summary>A page of the staff tool: the session grain decides first, as for any <c>/staff</c> request.</summary>
public abstract class StaffPageModel(HubGrains grains) : PageModel
{
    protected HubGrains Grains { get; } = grains;

    /// <summary>The logged-in staff member; null on the login page.</summary>
    public SessionPrincipal? Principal { get; private set; }

    public StaffProfile Staff => Principal?.Staff ?? throw new InvalidOperationException("No staff session.");

    protected virtual bool AllowsAnonymous => false;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var decision = await WebGate.DecideAsync(HttpContext, Grains, AccessArea.StaffApi);
        if (decision is { Verdict: SessionVerdict.Allowed } && decision.Principal!.Staff is not null)
        {
            Principal = decision.Principal;
        }
        else if (!AllowsAnonymous)
        {
            context.Result = Redirect("/personal");
            return;
        }

        await next();
    }
}
