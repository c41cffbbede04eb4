using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Domain.Attachments;
using IntegrationHub.Gateway.Api.Cases;
using IntegrationHub.Gateway.Api.Clinics;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Store.Attachments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Gateway.Web.Pages;

/// <summary>
/// <c>/skriv/{clinicId}/{caseType}</c>: the case type's form, rendered from its fields; sent through the same helper as
/// <c>POST /api/cases</c>, so the same rules judge it, and each refusal is shown beside the field or file input it concerns.
/// </summary>
[IgnoreAntiforgeryToken(Order = 1001)]
[StreamedForm]
internal sealed class FormularModel(HubGrains grains, IHsaDirectory hsa, IAttachmentStore attachments) : ResidentPageModel(grains)
{
    public ClinicView? Clinic { get; private set; }

    public ClinicCaseTypeView? CaseType { get; private set; }

    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? FileError { get; private set; }

    public string? Error { get; private set; }

    public int MaxFiles => WebUpload.MaxFiles(AttachmentSender.Resident);

    public async Task<IActionResult> OnGetAsync(string clinicId, string caseType) =>
        await LoadAsync(clinicId, caseType) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string clinicId, string caseType)
    {
        if (!await LoadAsync(clinicId, caseType))
        {
            return NotFound();
        }

        var fields = CaseType!.Fields;
        var upload = new WebUpload(HttpContext, attachments, form => CaseFormBinder.ToJson(Clinic!.Id, CaseType.Id, fields, form));
        var result = await CaseEndpoints.SubmitWithAsync(HttpContext, Grains, hsa, upload.Reader, HttpContext.RequestAborted);
        if (ApiAnswer.Succeeded(result))
        {
            return Redirect("/inkorg?skickat=true");
        }

        Values = upload.Form;
        var code = ApiAnswer.Code(result);
        foreach (var error in ApiAnswer.Errors(result))
        {
            var path = error.Field.StartsWith("fields.", StringComparison.Ordinal) ? error.Field["fields.".Length..] : error.Field;
            Errors.TryAdd(path, FieldMessage(error.Code));
        }

        FileError = ApiAnswer.FileRefusal(result);
        if (FileError is null && (Errors.Count == 0 || Errors.Keys.Any(k => !fields.Any(f => k == f.Name || k.StartsWith(f.Name + "[", StringComparison.Ordinal) || k.StartsWith(f.Name + ".", StringComparison.Ordinal)))))
        {
            Error = Words.Refusal(code);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string clinicId, string caseType)
    {
        Clinic = ApiAnswer.Value<ClinicView>(await ClinicEndpoints.GetClinicAsync(HttpContext, clinicId, hsa, Grains, HttpContext.RequestAborted));
        CaseType = Clinic?.CaseTypes.FirstOrDefault(c => c.Id == caseType && !c.Locked);
        return CaseType is not null;
    }

    private static string FieldMessage(string code) => code switch
    {
        "required" => "Du behöver fylla i det här.",
        "too_long" => "Texten är för lång.",
        "too_many" => "Du har angett för många.",
        "not_allowed" => "Det här går inte att ange här.",
        _ => "Uppgiften är inte giltig. Kontrollera den.",
    };
}
