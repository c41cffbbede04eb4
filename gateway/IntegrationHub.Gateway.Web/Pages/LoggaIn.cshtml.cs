using IntegrationHub.Gateway.Sessions.Login;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Gateway.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary>
/// <c>/logga-in?metod=bankid|freja-eid-plus</c>: in simulation mode the simulated identity provider's page, where one types a
/// personnummer; the provider signs the assertion and it goes to the same login logic as <c>POST /auth/resident/login</c>.
/// A refusal is shown in words, each code its own explanation (a samordningsnummer cannot log in, ...).
/// </summary>
internal sealed class LoggaInModel(HubLogins logins, SimulatedIdentityProvider idp) : PageModel
{
    public string Method { get; private set; } = "bankid";

    public string MethodName => Method == "freja-eid-plus" ? "Freja eID+" : "BankID";

    public bool Simulated => idp.Enabled;

    [BindProperty]
    public string? Personnummer { get; set; }

    public string? Error { get; private set; }

    public void OnGet(string? metod) => Method = metod == "freja-eid-plus" ? "freja-eid-plus" : "bankid";

    public async Task<IActionResult> OnPostAsync(string? metod)
    {
        OnGet(metod);
        var number = Personnummer?.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        var assertion = await idp.SignResidentAsync(number, Method, HttpContext.RequestAborted);
        var outcome = await logins.ResidentAsync(HttpContext, assertion);
        if (outcome.Admitted)
        {
            return Redirect("/");
        }

        Error = Words.Refusal(outcome.Code);
        return Page();
    }
}
