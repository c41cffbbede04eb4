using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Gateway.Api.Clinics;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Keys;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary><c>/skriv/{clinicId}</c>: a clinic's page, its information text and its case types (padlocked in proxy mode, PX4).</summary>
internal sealed class MottagningModel(HubGrains grains, IHsaDirectory hsa) : ResidentPageModel(grains)
{
    public ClinicView? Clinic { get; private set; }

    public async Task<IActionResult> OnGetAsync(string clinicId)
    {
        Clinic = ApiAnswer.Value<ClinicView>(await ClinicEndpoints.GetClinicAsync(HttpContext, clinicId, hsa, Grains, HttpContext.RequestAborted));
        return Clinic is null ? NotFound() : Page();
    }
}
