using IntegrationHub.Gateway.Api.Residents;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Keys;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary><c>/installningar</c>: the mobile number and e-mail notifications go to (in proxy mode the child's, PX8), as <c>PUT /api/me/settings</c>.</summary>
internal sealed class InstallningarModel(HubGrains grains) : ResidentPageModel(grains)
{
    [BindProperty]
    public string? Mobile { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public string? Error { get; private set; }

    public bool Saved { get; private set; }

    public void OnGet(bool sparat = false)
    {
        Saved = sparat;
        Mobile = Me!.Contacts.Mobile;
        Email = Me.Contacts.Email;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await ResidentEndpoints.PutSettingsAsync(HttpContext, new SettingsRequest(Mobile?.Trim() ?? string.Empty, Email?.Trim() ?? string.Empty), Grains);
        if (ApiAnswer.Succeeded(result))
        {
            return Redirect("/installningar?sparat=true");
        }

        Error = Words.Refusal(ApiAnswer.Code(result));
        return Page();
    }
}
