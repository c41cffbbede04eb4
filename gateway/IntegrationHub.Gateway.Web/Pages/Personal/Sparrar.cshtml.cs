using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Domain.Locks;
using IntegrationHub.Gateway.Api.Locks;
using IntegrationHub.Gateway.Web.Forms;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Locks;

namespace IntegrationHub.Gateway.Web.Pages.Personal;

/// <summary>
/// <c>/personal/sparrar</c>: the lock workflow (LK2–LK11) through the same helpers as <c>/staff/lock-requests</c>: file a
/// request to lock or unlock, decide it, execute it (with LK1's warning that the journal is not sealed), and for the central
/// and national support the register (LK5). Who may decide or execute is the grains' rule, shown here in words when refused.
/// </summary>
internal sealed class SparrarModel(HubGrains grains) : StaffPageModel(grains)
{
    public static IReadOnlyList<(string Code, string Name)> Reasons { get; } =
        [.. LockReasonCodes.All.Select(code => (code, LockReasonCodes.TryParse(code, out var reason) ? reason.ToSwedish() : code))];

    public string? Message { get; private set; }

    public string? Warning { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<LockRegisterEntry>? Register { get; private set; }

    public bool MayReadRegister => Staff.HasRole(StaffRoles.CentralSupport) || Staff.HasRole(StaffRoles.NationalSupport);

    public void OnGet()
    {
    }

    public async Task OnPostRequestAsync(string? personnummer, string? origin, string? authority, string? reason, string? note, bool emergency)
    {
        var result = await LockEndpoints.CreateLockAsync(HttpContext, new LockRequestBody(Clean(personnummer), origin, Blank(authority), reason, Blank(note), emergency), Grains);
        Show(result, created => $"Begäran om spärr är registrerad. Begärans id: {created.Id} (status: {created.Status}).");
    }

    public async Task OnPostUnlockAsync(string? personnummer, string? note)
    {
        var result = await LockEndpoints.CreateUnlockAsync(HttpContext, new UnlockRequestBody(Clean(personnummer), Blank(note)), Grains);
        Show(result, created => $"Begäran om hävning är registrerad. Begärans id: {created.Id} (status: {created.Status}).");
    }

    public async Task OnPostDecideAsync(string? id, string? kind, string? decision, string? note)
    {
        var result = await LockEndpoints.DecideAsync(HttpContext, Kind(kind), id?.Trim() ?? string.Empty, new DecisionBody(decision switch { "approve" => true, "deny" => false, _ => null }, Blank(note)), Grains);
        Message = ApiAnswer.Succeeded(result) ? "Beslutet är registrerat." : null;
        Error = Message is null ? Refusal(result) : null;
    }

    public async Task OnPostExecuteAsync(string? id, string? kind)
    {
        var result = await LockEndpoints.ExecuteAsync(HttpContext, Kind(kind), id?.Trim() ?? string.Empty, Grains);
        if (ApiAnswer.Value<LockExecutedView>(result) is { } executed)
        {
            Message = Kind(kind) == LockRequestKind.Lock ? "Spärren är verkställd. Invånaren kan inte längre logga in." : "Spärren är hävd.";
            Warning = executed.Warning;
            return;
        }

        Error = Refusal(result);
    }

    public async Task OnPostRegisterAsync(string? personnummer)
    {
        var result = await LockEndpoints.GetRegisterAsync(HttpContext, Clean(personnummer), Grains);
        Register = ApiAnswer.Value<IReadOnlyList<LockRegisterEntry>>(result);
        Error = Register is null ? Refusal(result) : null;
    }

    private void Show(Microsoft.AspNetCore.Http.IResult result, Func<LockRequestCreatedView, string> message)
    {
        var created = ApiAnswer.Value<LockRequestCreatedView>(result);
        Message = created is null ? null : message(created);
        Error = created is null ? Refusal(result) : null;
    }

    private static string Refusal(Microsoft.AspNetCore.Http.IResult result) => ApiAnswer.Code(result) switch
    {
        "not_found" => "Det finns ingen sådan begäran.",
        "invalid_identity_number" => Words.Refusal("invalid_identity_number"),
        "authority_required" => "Ange vilken myndighet som begär spärren.",
        "invalid_request" => "Välj om begäran godkänns eller avslås.",
        var code => Words.Refusal(code),
    };

    private static LockRequestKind Kind(string? kind) => kind == "unlock" ? LockRequestKind.Unlock : LockRequestKind.Lock;

    private static string? Clean(string? personnummer) => personnummer?.Replace("-", string.Empty, StringComparison.Ordinal).Trim();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
