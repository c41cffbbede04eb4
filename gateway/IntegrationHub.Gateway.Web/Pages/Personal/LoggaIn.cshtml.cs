using IntegrationHub.Gateway.Sessions.Login;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Gateway.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Gateway.Web.Pages.Personal;

/// <summary><c>/personal/logga-in</c>: in simulation the SITHS card is an HSA-id typed in; the same login as <c>POST /auth/staff/login</c>.</summary>
internal sealed class LoggaInModel(HubLogins logins, SimulatedIdentityProvider idp) : PageModel
{
    public bool Simulated => idp.Enabled;

    [BindProperty]
    public string? HsaId { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var assertion = await idp.SignStaffAsync(HsaId?.Trim() ?? string.Empty, HttpContext.RequestAborted);
        var outcome = await logins.StaffAsync(HttpContext, assertion);
        if (outcome.Admitted)
        {
            return Redirect("/personal");
        }

        Error = Words.Refusal(outcome.Code);
        return Page();
    }
}
