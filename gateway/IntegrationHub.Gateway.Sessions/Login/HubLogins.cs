using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Gateway.Sessions.Cookies;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Identity;
using IntegrationHub.Identity.Login;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary>
/// Login and logout, whoever asks: the JSON endpoints under <c>/auth</c> and the web pages post the identity provider's
/// assertion here. On admission the session cookie is set on the response; a refusal carries API.md's status and code.
/// </summary>
public sealed partial class HubLogins
{
    private const string MethodClaim = "method";
    private readonly AssertionVerifier verifier;
    private readonly HubGrains grains;
    private readonly IHsaDirectory directory;
    private readonly ILogger<HubLogins> logger;

    internal HubLogins(AssertionVerifier verifier, HubGrains grains, IHsaDirectory directory, ILogger<HubLogins> logger)
    {
        this.verifier = verifier;
        this.grains = grains;
        this.directory = directory;
        this.logger = logger;
    }

    /// <summary>A resident's login with an e-identification assertion (ID1–ID4).</summary>
    public async Task<LoginOutcome> ResidentAsync(HttpContext context, string? assertion)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = await verifier.VerifyAsync(assertion, context.RequestAborted);
        if (claims is null)
        {
            return LoginOutcome.Refused(StatusCodes.Status403Forbidden, LoginCodes.InvalidAssertion, "The login assertion was not accepted.");
        }

        // ID1, ID2: malformed numbers, samordningsnummer, reservnummer and other e-identifications stop here,
        // before anything asks the registry.
        var eligibility = ResidentLoginEligibility.Evaluate(claims.Subject, claims.GetString(MethodClaim));
        if (!eligibility.IsEligible)
        {
            var status = eligibility.ErrorCode == IdentityErrorCodes.InvalidIdentityNumber ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden;
            return LoginOutcome.Refused(status, eligibility.ErrorCode!, "This identity cannot log in to the e-services.");
        }

        var personnummer = eligibility.Personnummer.Value;
        var token = SessionCookie.NewToken();
        var sessionKey = SessionCookie.KeyOf(token);
        var method = claims.GetString(MethodClaim)!;
        var login = await grains.Account(personnummer).LoginAsync(new ResidentLogin(sessionKey, method));
        if (!login.Accepted)
        {
            return login.RefusalCode == LoginRefusals.RegistryUnavailable
                ? LoginOutcome.Refused(StatusCodes.Status503ServiceUnavailable, LoginRefusals.RegistryUnavailable, "The population registry cannot be reached; try again shortly.")
                : LoginOutcome.Refused(StatusCodes.Status403Forbidden, login.RefusalCode ?? LoginRefusals.LoginRefused, "Login is not possible for this account.");
        }

        var session = grains.Session(sessionKey);
        if (!await session.StartAsync(new SessionStart(SessionKind.Resident, personnummer, login.Name!, method, Staff: null)))
        {
            // A lock executed between the account's yes and the session's start ended the session before it began.
            return LoginOutcome.Refused(StatusCodes.Status403Forbidden, LoginRefusals.LoginRefused, "Login is not possible for this account.");
        }

        LogResidentLogin(logger, grains.Pseudonyms.Of(personnummer), method);
        SessionCookie.Append(context.Response, token);
        return new LoginOutcome(StatusCodes.Status200OK, null, null, await session.GetMeAsync(), null);
    }

    /// <summary>A staff member's login with a SITHS assertion; the HSA directory is asked every time (ID6).</summary>
    public async Task<LoginOutcome> StaffAsync(HttpContext context, string? assertion)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = await verifier.VerifyAsync(assertion, context.RequestAborted);
        if (claims is null || claims.GetString(MethodClaim) != "siths" || !HsaId.TryParse(claims.Subject, out var hsaId))
        {
            return LoginOutcome.Refused(StatusCodes.Status403Forbidden, LoginCodes.InvalidAssertion, "The SITHS assertion was not accepted.");
        }

        HsaStaffMember? staff;
        try
        {
            // ID6: the directory is asked at every login; someone who left is not let in on an old profile.
            staff = await directory.FindStaffAsync(hsaId.Value, context.RequestAborted);
        }
        catch (DirectoryUnavailableException)
        {
            return LoginOutcome.Refused(StatusCodes.Status503ServiceUnavailable, LoginCodes.DirectoryUnavailable, "The HSA directory cannot be reached; try again shortly.");
        }

        if (staff is null)
        {
            return LoginOutcome.Refused(StatusCodes.Status403Forbidden, LoginCodes.NotInHsa, "No such staff member in the HSA directory.");
        }

        var profile = new StaffProfile(
            staff.HsaId,
            staff.Region,
            staff.Roles,
            staff.Clinics.ToDictionary(c => c.ClinicHsaId, c => c.Rights, StringComparer.Ordinal));
        var token = SessionCookie.NewToken();
        var session = grains.Session(SessionCookie.KeyOf(token));
        await session.StartAsync(new SessionStart(SessionKind.Staff, staff.HsaId, staff.Name, "siths", profile));
        SessionCookie.Append(context.Response, token);
        return new LoginOutcome(StatusCodes.Status200OK, null, null, null, new StaffLoginView(staff.Name, staff.HsaId, staff.Region, staff.Roles, staff.Clinics));
    }

    /// <summary>Ends the request's session, if any, and tells the browser to forget the cookie.</summary>
    public async Task LogoutAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = SessionCookie.KeyFrom(context.Request);
        if (key is not null)
        {
            await grains.Session(key).EndAsync(SessionEndReason.Logout);
        }

        SessionCookie.Delete(context.Response);
        context.Response.Headers.CacheControl = "no-store";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resident {Resident} logged in with {Method}")]
    private static partial void LogResidentLogin(ILogger logger, string resident, string method);
}
