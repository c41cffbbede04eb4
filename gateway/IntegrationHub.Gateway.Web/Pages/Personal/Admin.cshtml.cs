using System.Text.Json;
using IntegrationHub.Domain.Cases;
using IntegrationHub.Gateway.Api.Clinics;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Clinics;
using IntegrationHub.Grains.Contracts.Keys;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Gateway.Web.Pages.Personal;

/// <summary>
/// <c>/personal/mottagningar/{clinicId}/admin</c>: the clinic's administrator activates and configures its case types (CS1,
/// CS5, PX4) and writes its information text (CS10, sanitised when stored), as <c>PUT /staff/clinics/{clinicId}/...</c>.
/// </summary>
internal sealed class AdminModel(HubGrains grains) : StaffPageModel(grains)
{
    public string ClinicId { get; private set; } = string.Empty;

    public ClinicOffer? Offer { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public static IReadOnlyList<CaseType> CaseTypes => CaseTypeCatalog.National;

    /// <summary>The settings a case type stored at this clinic, or none yet.</summary>
    public CaseTypeSettings SettingsOf(string caseType) =>
        Offer?.Find(caseType) is { } stored ? ClinicCaseTypes.Settings(stored) : CaseTypeSettings.Inactive;

    public async Task<IActionResult> OnGetAsync(string clinicId, string? sparat)
    {
        Message = sparat is null ? null : "Ändringen är sparad.";
        return await LoadAsync(clinicId);
    }

    public async Task<IActionResult> OnPostCaseTypeAsync(
        string clinicId,
        string caseType,
        bool active,
        bool attachmentsAllowed,
        bool proxyAllowed,
        bool showUnsuitableDays,
        bool allowExtraInformation,
        bool allowNamingPreviousCaregiver,
        string[]? healthQuestions,
        string? certificateKinds)
    {
        // The same body as PUT /staff/clinics/{clinicId}/case-types/{caseType}; the domain's parser judges it.
        var body = JsonSerializer.SerializeToElement(new
        {
            active,
            attachmentsAllowed,
            proxyAllowed,
            settings = new
            {
                showUnsuitableDays,
                allowExtraInformation,
                allowNamingPreviousCaregiver,
                healthQuestions = healthQuestions ?? [],
                certificateKinds = (certificateKinds ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            },
        });
        var result = await ClinicEndpoints.PutCaseTypeAsync(HttpContext, clinicId, caseType, body, Grains);
        if (ApiAnswer.Succeeded(result))
        {
            return Redirect($"/personal/mottagningar/{clinicId}/admin?sparat=true");
        }

        Error = Words.Refusal(ApiAnswer.Code(result));
        return await LoadAsync(clinicId);
    }

    public async Task<IActionResult> OnPostInfoAsync(string clinicId, string? html)
    {
        var result = await ClinicEndpoints.PutInfoAsync(HttpContext, clinicId, new ClinicInfoBody(html), Grains);
        if (ApiAnswer.Succeeded(result))
        {
            return Redirect($"/personal/mottagningar/{clinicId}/admin?sparat=true");
        }

        Error = Words.Refusal(ApiAnswer.Code(result));
        return await LoadAsync(clinicId);
    }

    private async Task<IActionResult> LoadAsync(string clinicId)
    {
        ClinicId = clinicId;
        if (!Staff.HasClinicRight(clinicId, ClinicRights.Admin))
        {
            Error = Words.Refusal("not_authorised");
            return Page();
        }

        Offer = await Grains.Clinic(clinicId).GetOfferAsync();
        return Page();
    }
}
