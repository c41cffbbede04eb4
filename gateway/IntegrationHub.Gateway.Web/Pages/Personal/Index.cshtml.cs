using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Grains.Contracts.Clinics;
using IntegrationHub.Grains.Contracts.Keys;

namespace IntegrationHub.Gateway.Web.Pages.Personal;

/// <summary><c>/personal</c>: the SITHS login without a staff session; with one, the clinics where the staff member has rights.</summary>
internal sealed class IndexModel(HubGrains grains, IHsaDirectory hsa) : StaffPageModel(grains)
{
    protected override bool AllowsAnonymous => true;

    public IReadOnlyList<(string Id, string Name, IReadOnlyList<string> Rights)> Clinics { get; private set; } = [];

    public bool LoggedOut { get; private set; }

    public async Task OnGetAsync(bool utloggad = false)
    {
        LoggedOut = utloggad;
        if (Principal is null)
        {
            return;
        }

        var clinics = new List<(string, string, IReadOnlyList<string>)>();
        foreach (var (id, rights) in Staff.ClinicRights)
        {
            HsaClinic? clinic = null;
            try
            {
                clinic = await hsa.FindClinicAsync(id, HttpContext.RequestAborted);
            }
            catch (DirectoryUnavailableException)
            {
                // The id alone still leads to the clinic's cases.
            }

            clinics.Add((id, clinic?.Name ?? id, rights));
        }

        Clinics = clinics;
    }

    public static string RightsText(IReadOnlyList<string> rights) => string.Join(", ", rights.Select(r => r switch
    {
        ClinicRights.Admin => "administratör",
        ClinicRights.Receiver => "ärendemottagare",
        ClinicRights.Handler => "ärendehanterare",
        _ => r,
    }));
}
