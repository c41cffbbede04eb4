using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Gateway.Errors;
using IntegrationHub.Gateway.RateLimiting;
using IntegrationHub.Gateway.Sessions.Cookies;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Identity;
using IntegrationHub.Identity.Login;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary><c>POST /auth/resident/login</c>, <c>POST /auth/staff/login</c> and <c>POST /auth/logout</c> (API.md).</summary>
internal static partial class LoginEndpoints
{
    private const string MethodClaim = "method";
    private const string Siths = "siths";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/auth");
        auth.MapPost("/resident/login", ResidentLoginAsync).RequireRateLimiting(HubLoginRateLimiting.PolicyName);
        auth.MapPost("/staff/login", StaffLoginAsync).RequireRateLimiting(HubLoginRateLimiting.PolicyName);
        auth.MapPost("/logout", LogoutAsync);
    }

    private static async Task ResidentLoginAsync(HttpContext context, AssertionVerifier verifier, HubGrains grains, ILoggerFactory loggers, LoginMetrics metrics)
    {
        var ct = context.RequestAborted;
        var request = await LoginBody.ReadAsync(context);
        var claims = request is null ? null : await verifier.VerifyAsync(request.Assertion, ct);
        if (claims is null)
        {
            metrics.Record(null, LoginCodes.InvalidAssertion);
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "The login assertion was not accepted.", LoginCodes.InvalidAssertion);
            return;
        }

        // ID1, ID2: malformed numbers, samordningsnummer, reservnummer and other e-identifications stop here,
        // before anything asks the registry.
        var eligibility = ResidentLoginEligibility.Evaluate(claims.Subject, claims.GetString(MethodClaim));
        if (!eligibility.IsEligible)
        {
            metrics.Record(claims.GetString(MethodClaim), eligibility.ErrorCode!);
            var status = eligibility.ErrorCode == IdentityErrorCodes.InvalidIdentityNumber ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden;
            await RefuseAsync(context, status, "This identity cannot log in to the e-services.", eligibility.ErrorCode!);
            return;
        }

        var personnummer = eligibility.Personnummer.Value;
        var token = SessionCookie.NewToken();
        var sessionKey = SessionCookie.KeyOf(token);
        var account = grains.Account(personnummer);
        var method = claims.GetString(MethodClaim)!;
        var login = await account.LoginAsync(new ResidentLogin(sessionKey, method));
        if (!login.Accepted)
        {
            var registryDown = login.RefusalCode == LoginRefusals.RegistryUnavailable;
            metrics.Record(method, login.RefusalCode ?? LoginRefusals.LoginRefused);
            await RefuseAsync(
                context,
                registryDown ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status403Forbidden,
                registryDown ? "The population registry cannot be reached; try again shortly." : "Login is not possible for this account.",
                login.RefusalCode ?? LoginRefusals.LoginRefused);
            return;
        }

        var session = grains.Session(sessionKey);
        if (!await session.StartAsync(new SessionStart(SessionKind.Resident, personnummer, login.Name!, method, Staff: null)))
        {
            // A lock executed between the account's yes and the session's start ended the session before it began.
            metrics.Record(method, LoginRefusals.LoginRefused);
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "Login is not possible for this account.", LoginRefusals.LoginRefused);
            return;
        }

        metrics.Record(method, LoginOutcomes.Ok);
        LogResidentLogin(loggers.CreateLogger(typeof(LoginEndpoints)), grains.Pseudonyms.Of(personnummer), method);
        SessionCookie.Append(context.Response, token);
        await WriteJsonAsync(context, await session.GetMeAsync());
    }

    private static async Task StaffLoginAsync(HttpContext context, AssertionVerifier verifier, IHsaDirectory directory, HubGrains grains, LoginMetrics metrics)
    {
        var ct = context.RequestAborted;
        var request = await LoginBody.ReadAsync(context);
        var claims = request is null ? null : await verifier.VerifyAsync(request.Assertion, ct);
        if (claims is null || claims.GetString(MethodClaim) != Siths || !HsaId.TryParse(claims.Subject, out var hsaId))
        {
            metrics.Record(claims?.GetString(MethodClaim), LoginCodes.InvalidAssertion);
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "The SITHS assertion was not accepted.", LoginCodes.InvalidAssertion);
            return;
        }

        HsaStaffMember? staff;
        try
        {
            // ID6: the directory is asked at every login; someone who left is not let in on an old profile.
            staff = await directory.FindStaffAsync(hsaId.Value, ct);
        }
        catch (DirectoryUnavailableException)
        {
            metrics.Record(Siths, LoginCodes.DirectoryUnavailable);
            await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "The HSA directory cannot be reached; try again shortly.", LoginCodes.DirectoryUnavailable);
            return;
        }

        if (staff is null)
        {
            metrics.Record(Siths, LoginCodes.NotInHsa);
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "No such staff member in the HSA directory.", LoginCodes.NotInHsa);
            return;
        }

        var profile = new StaffProfile(
            staff.HsaId,
            staff.Region,
            staff.Roles,
            staff.Clinics.ToDictionary(c => c.ClinicHsaId, c => c.Rights, StringComparer.Ordinal));
        var token = SessionCookie.NewToken();
        var session = grains.Session(SessionCookie.KeyOf(token));
        await session.StartAsync(new SessionStart(SessionKind.Staff, staff.HsaId, staff.Name, Siths, profile));
        metrics.Record(Siths, LoginOutcomes.Ok);
        SessionCookie.Append(context.Response, token);
        await WriteJsonAsync(context, new StaffLoginView(staff.Name, staff.HsaId, staff.Region, staff.Roles, staff.Clinics));
    }

    private static async Task LogoutAsync(HttpContext context, HubGrains grains)
    {
        var key = SessionCookie.KeyFrom(context.Request);
        if (key is not null)
        {
            await grains.Session(key).EndAsync(SessionEndReason.Logout);
        }

        SessionCookie.Delete(context.Response);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static Task RefuseAsync(HttpContext context, int status, string title, string code) =>
        HubProblem.WriteAsync(context, status, title, code, context.RequestAborted);

    private static Task WriteJsonAsync<T>(HttpContext context, T body)
    {
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(body, GatewayJson.Options, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resident {Resident} logged in with {Method}")]
    private static partial void LogResidentLogin(ILogger logger, string resident, string method);
}
