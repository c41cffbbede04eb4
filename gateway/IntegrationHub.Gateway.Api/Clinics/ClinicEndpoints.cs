using IntegrationHub.Identity;
using IntegrationHub.Store.Indexes;
using IntegrationHub.Grains.Contracts.Keys;
using System.Text.Json;
using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Domain.Cases;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Contracts.Clinics;
using IntegrationHub.Gateway.Api.Cases;
using IntegrationHub.Gateway.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Api.Clinics;

/// <summary>A clinic's page for residents, its administration (CS1, CS10) and its case inbox.</summary>
internal static class ClinicEndpoints
{
    private const int DefaultPage = 100;
    private const int MinQueryLength = 2;
    private const int MaxQueryLength = 100;
    private const int MaxSearchHits = 50;
    private const int MaxPage = 500;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/clinics", SearchAsync);
        endpoints.MapGet("/api/clinics/{clinicId}", GetClinicAsync);
        endpoints.MapPut("/staff/clinics/{clinicId}/case-types/{caseType}", PutCaseTypeAsync);
        endpoints.MapPut("/staff/clinics/{clinicId}/info", PutInfoAsync);
        endpoints.MapGet("/staff/clinics/{clinicId}/cases", GetInboxAsync);
    }

    /// <summary>
    /// <c>GET /api/clinics?q=&amp;region=</c>: the clinics in the HSA directory whose name contains the text, each with the case
    /// types it offers now (CS1). The directory is the judge of names; the clinics' own grains of what they offer.
    /// </summary>
    internal static async Task<IResult> SearchAsync(string? q, string? region, IHsaDirectory hsa, HubGrains grains, CancellationToken ct)
    {
        var text = q?.Trim() ?? string.Empty;
        if (text.Length is < MinQueryLength or > MaxQueryLength)
        {
            return CaseProblems.Request($"q must be {MinQueryLength} to {MaxQueryLength} characters.");
        }

        if (!string.IsNullOrEmpty(region) && (region.Length != 2 || !region.All(char.IsAsciiDigit)))
        {
            return CaseProblems.Request("region is a county code, \"01\" to \"25\".");
        }

        IReadOnlyList<HsaClinic> clinics;
        try
        {
            clinics = await hsa.SearchClinicsAsync(text, string.IsNullOrEmpty(region) ? null : region, ct);
        }
        catch (DirectoryUnavailableException)
        {
            return CaseProblems.DirectoryDown();
        }

        var hits = await Task.WhenAll(clinics.Take(MaxSearchHits).Select(async clinic =>
        {
            var offer = await grains.Clinic(clinic.HsaId).GetOfferAsync();
            return new ClinicSearchHit(
                clinic.HsaId,
                clinic.Name,
                clinic.Region,
                [.. offer.CaseTypes.Where(c => c.Active && CaseTypeCatalog.TryGet(c.CaseType, out _)).Select(c => c.CaseType)]);
        }));
        return Results.Ok<IReadOnlyList<ClinicSearchHit>>(hits);
    }

    internal static async Task<IResult> GetClinicAsync(HttpContext context, string clinicId, IHsaDirectory hsa, HubGrains grains, CancellationToken ct)
    {
        if (!HsaId.TryParse(clinicId, out var hsaId))
        {
            return ApiProblem.NotFound();
        }

        HsaClinic? clinic;
        try
        {
            clinic = await hsa.FindClinicAsync(hsaId.Value, ct);
        }
        catch (DirectoryUnavailableException)
        {
            return CaseProblems.DirectoryDown();
        }

        if (clinic is null)
        {
            return ApiProblem.NotFound();
        }

        var proxyMode = RequestPrincipal.Of(context).ActingFor is not null;
        var offer = await grains.Clinic(clinic.HsaId).GetOfferAsync();
        var caseTypes = new List<ClinicCaseTypeView>();
        foreach (var stored in offer.CaseTypes.Where(c => c.Active))
        {
            if (CaseTypeCatalog.TryGet(stored.CaseType, out var caseType))
            {
                var form = caseType.Describe(ClinicCaseTypes.Settings(stored));
                caseTypes.Add(new ClinicCaseTypeView(stored.CaseType, form.Name, stored.ProxyAllowed, stored.AttachmentsAllowed, proxyMode && !stored.ProxyAllowed, form.Fields));
            }
        }

        return Results.Ok(new ClinicView(clinic.HsaId, clinic.Name, clinic.Region, offer.InfoHtml, caseTypes));
    }

    internal static async Task<IResult> PutCaseTypeAsync(HttpContext context, string clinicId, string caseType, JsonElement body, HubGrains grains)
    {
        if (!RequestPrincipal.StaffOf(context).HasClinicRight(clinicId, ClinicRights.Admin))
        {
            return ApiProblem.Forbidden(CaseCodes.NotAuthorised, "Only the clinic's administrator configures its case types (CS1).");
        }

        if (JsonText.FindUnfit(body) is { } unfit)
        {
            return CaseProblems.UnfitText(unfit);
        }

        var parsed = CaseTypeSettingsParser.Parse(caseType, body);
        if (!parsed.IsValid)
        {
            return CaseProblems.Form(parsed.Errors);
        }

        await grains.Clinic(clinicId).ConfigureCaseTypeAsync(ClinicCaseTypes.ToStored(caseType, parsed.Settings!));
        return Results.NoContent();
    }

    internal static async Task<IResult> PutInfoAsync(HttpContext context, string clinicId, ClinicInfoBody body, HubGrains grains)
    {
        if (!RequestPrincipal.StaffOf(context).HasClinicRight(clinicId, ClinicRights.Admin))
        {
            return ApiProblem.Forbidden(CaseCodes.NotAuthorised, "Only the clinic's administrator edits its information text.");
        }

        await grains.Clinic(clinicId).SetInfoAsync(body.Html);
        return Results.NoContent();
    }

    /// <summary>
    /// The clinic inbox from its index rows (no case is activated), newest first. Receivers and administrators see every
    /// case's row; a handler only the cases assigned to them (CS4). Rows carry no case content.
    /// </summary>
    internal static async Task<IResult> GetInboxAsync(
        HttpContext context, string clinicId, string? status, int? limit, IIndexStore index, HubClock clock, CancellationToken ct)
    {
        var staff = RequestPrincipal.StaffOf(context);
        var seesAll = staff.HasClinicRight(clinicId, ClinicRights.Receiver) || staff.HasClinicRight(clinicId, ClinicRights.Admin);
        if (!seesAll && !staff.HasClinicRight(clinicId, ClinicRights.Handler))
        {
            return ApiProblem.Forbidden(CaseCodes.NotAuthorised, "Only the clinic's receivers, handlers and administrators see its inbox.");
        }

        var query = string.IsNullOrEmpty(status)
            ? new IndexQuery(CaseIndexes.ClinicInbox, clinicId, Limit: Math.Clamp(limit ?? DefaultPage, 1, MaxPage), Descending: true)
            : new IndexQuery(CaseIndexes.ClinicInboxByStatus, CaseIndexes.ClinicStatusPartition(clinicId, status), Limit: Math.Clamp(limit ?? DefaultPage, 1, MaxPage), Descending: true);
        var rows = await index.QueryAsync(query, ct);
        var now = clock.GetUtcNow();
        var cases = rows
            .Select(r => JsonSerializer.Deserialize<CaseInboxRow>(r.Payload!, CaseIndexes.Json)!)
            .Where(r => r.ExpiresAt > now && (seesAll || string.Equals(r.AssignedHandler, staff.HsaId, StringComparison.Ordinal)))
            .ToList();
        return Results.Ok(cases);
    }
}
