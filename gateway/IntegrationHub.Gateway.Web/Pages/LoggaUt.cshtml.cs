using IntegrationHub.Gateway.Sessions.Login;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary><c>POST /logga-ut</c>: the same logout as <c>POST /auth/logout</c>, then the login page of the side one came from.</summary>
internal sealed class LoggaUtModel(HubLogins logins) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? tillbaka)
    {
        await logins.LogoutAsync(HttpContext);
        return Redirect(tillbaka == "/personal" ? "/personal?utloggad=true" : "/?meddelande=logged_out");
    }
}
