using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Domain.Locks;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Locks;
using IntegrationHub.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Api.Locks;

/// <summary>The lock and unlock workflow (LK2–LK11) and the confidential register (LK5), as API.md lays them out.</summary>
internal static class LockEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/staff/lock-requests", CreateLockAsync);
        endpoints.MapPost("/staff/unlock-requests", CreateUnlockAsync);
        foreach (var (path, kind) in new[] { ("/staff/lock-requests", LockRequestKind.Lock), ("/staff/unlock-requests", LockRequestKind.Unlock) })
        {
            endpoints.MapPost(path + "/{id}/decision", (HttpContext context, string id, DecisionBody body, HubGrains grains) => DecideAsync(context, kind, id, body, grains));
            endpoints.MapPost(path + "/{id}/execute", (HttpContext context, string id, HubGrains grains) => ExecuteAsync(context, kind, id, grains));
        }

        endpoints.MapGet("/staff/lock-register", GetRegisterAsync);
    }

    internal static async Task<IResult> CreateLockAsync(HttpContext context, LockRequestBody body, HubGrains grains)
    {
        if (!Personnummer.TryParse(body.Personnummer, out var personnummer))
        {
            return ApiProblem.BadRequest(IdentityErrorCodes.InvalidIdentityNumber, "personnummer must be 12 digits with a valid check digit.");
        }

        if (!TryParseOrigin(body.Origin, out var origin))
        {
            return ApiProblem.BadRequest("invalid_origin", "origin must be resident, staff or authority.");
        }

        // LK11: "uses the e-services a lot" and anything else outside the list is not a reason.
        var reason = LockReason.Parse(body.Reason, body.Note);
        if (!reason.IsAccepted)
        {
            return ApiProblem.BadRequest(reason.ErrorCode!, reason.Message ?? "The reason is not one a lock may have.");
        }

        if (origin == LockOrigin.Authority && string.IsNullOrWhiteSpace(body.Authority))
        {
            return ApiProblem.BadRequest("authority_required", "A request from another authority names that authority.");
        }

        var draft = new LockRequestDraft(
            LockRequestKind.Lock, personnummer.Value, origin, reason.Reason!.CodeText, body.Authority, body.Note, body.Emergency ?? false, RequestPrincipal.StaffOf(context));
        return await CreateAsync(grains, draft);
    }

    internal static async Task<IResult> CreateUnlockAsync(HttpContext context, UnlockRequestBody body, HubGrains grains)
    {
        if (!Personnummer.TryParse(body.Personnummer, out var personnummer))
        {
            return ApiProblem.BadRequest(IdentityErrorCodes.InvalidIdentityNumber, "personnummer must be 12 digits with a valid check digit.");
        }

        var draft = new LockRequestDraft(
            LockRequestKind.Unlock, personnummer.Value, LockOrigin.Staff, Reason: null, Authority: null, body.Note, Emergency: false, RequestPrincipal.StaffOf(context));
        return await CreateAsync(grains, draft);
    }

    internal static async Task<IResult> CreateAsync(HubGrains grains, LockRequestDraft draft)
    {
        var id = Guid.CreateVersion7().ToString("N");
        var result = await grains.LockRequest(id).CreateAsync(draft);
        return result.Succeeded
            ? Results.Created($"/staff/{(draft.Kind == LockRequestKind.Lock ? "lock" : "unlock")}-requests/{id}", new LockRequestCreatedView(id, result.Status))
            : Refusal(result.Code!);
    }

    internal static async Task<IResult> DecideAsync(HttpContext context, LockRequestKind kind, string id, DecisionBody body, HubGrains grains)
    {
        if (body.Approve is null)
        {
            return ApiProblem.BadRequest("invalid_request", "approve (true or false) is required.");
        }

        var request = await FindAsync(grains, kind, id);
        if (request is null)
        {
            return ApiProblem.NotFound();
        }

        var result = await request.DecideAsync(RequestPrincipal.StaffOf(context), body.Approve.Value, body.Note);
        return result.Succeeded ? Results.NoContent() : Refusal(result.Code!);
    }

    internal static async Task<IResult> ExecuteAsync(HttpContext context, LockRequestKind kind, string id, HubGrains grains)
    {
        var request = await FindAsync(grains, kind, id);
        if (request is null)
        {
            return ApiProblem.NotFound();
        }

        var result = await request.ExecuteAsync(RequestPrincipal.StaffOf(context));
        if (!result.Succeeded)
        {
            return Refusal(result.Code!);
        }

        return result.Applied is null
            ? Results.Ok(new LockExecutedView(result.Status, JournalSealed: false, Warning: null))
            : Results.Ok(new LockExecutedView(result.Status, result.Applied.JournalSealed, result.Applied.Warning));
    }

    internal static async Task<IResult> GetRegisterAsync(HttpContext context, string? personnummer, HubGrains grains)
    {
        var staff = RequestPrincipal.StaffOf(context);
        if (!staff.HasRole(StaffRoles.CentralSupport) && !staff.HasRole(StaffRoles.NationalSupport))
        {
            return ApiProblem.Forbidden("not_authorised", "Only the central and national support read the lock register.");
        }

        if (!Personnummer.TryParse(personnummer, out var number))
        {
            return ApiProblem.BadRequest(IdentityErrorCodes.InvalidIdentityNumber, "personnummer must be 12 digits with a valid check digit.");
        }

        var principal = RequestPrincipal.Of(context);
        var entries = await grains.Account(number.Value)
            .GetLockRegisterAsync(new StaffAccess(principal.Subject, principal.Name, null, "lock-register"));
        return Results.Ok(entries);
    }

    private static async Task<ILockRequestGrain?> FindAsync(HubGrains grains, LockRequestKind kind, string id)
    {
        if (id.Length != 32 || !Guid.TryParseExact(id, "N", out _))
        {
            return null;
        }

        var grain = grains.LockRequest(id);
        var view = await grain.GetAsync();
        return view is not null && view.Kind == kind ? grain : null;
    }

    private static bool TryParseOrigin(string? text, out LockOrigin origin)
    {
        origin = text switch
        {
            "resident" => LockOrigin.Resident,
            "staff" => LockOrigin.Staff,
            "authority" => LockOrigin.Authority,
            _ => (LockOrigin)(-1),
        };
        return Enum.IsDefined(origin);
    }

    private static IResult Refusal(string code) => code switch
    {
        LockRefusals.NotAuthorisedToDecide => ApiProblem.Forbidden(code, "Your roles do not let you decide this request."),
        LockRefusals.WrongRegion => ApiProblem.Forbidden(code, "Only the region where the resident is registered decides."),
        LockRefusals.NotAuthorisedToExecute => ApiProblem.Forbidden(code, "Your roles do not let you execute this request."),
        LockRefusals.RegistryUnavailable => ApiProblem.Of(StatusCodes.Status503ServiceUnavailable, code, "The population registry cannot be reached."),
        LockRefusals.NotFound or LockRefusals.UnknownResident => ApiProblem.Of(StatusCodes.Status404NotFound, code, "No such request or resident."),
        _ => ApiProblem.Of(StatusCodes.Status409Conflict, code, "The request is not in a state that allows this."),
    };
}
