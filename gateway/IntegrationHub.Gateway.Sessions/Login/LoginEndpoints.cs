using IntegrationHub.Gateway.Errors;
using IntegrationHub.Gateway.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary><c>POST /auth/resident/login</c>, <c>POST /auth/staff/login</c> and <c>POST /auth/logout</c> (API.md).</summary>
internal static class LoginEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/auth");
        auth.MapPost("/resident/login", ResidentLoginAsync).RequireRateLimiting(HubLoginRateLimiting.PolicyName);
        auth.MapPost("/staff/login", StaffLoginAsync).RequireRateLimiting(HubLoginRateLimiting.PolicyName);
        auth.MapPost("/logout", LogoutAsync);
    }

    private static async Task ResidentLoginAsync(HttpContext context, HubLogins logins)
    {
        var request = await LoginBody.ReadAsync(context);
        await AnswerAsync(context, await logins.ResidentAsync(context, request?.Assertion), o => o.Me);
    }

    private static async Task StaffLoginAsync(HttpContext context, HubLogins logins)
    {
        var request = await LoginBody.ReadAsync(context);
        await AnswerAsync(context, await logins.StaffAsync(context, request?.Assertion), o => o.Staff);
    }

    private static async Task LogoutAsync(HttpContext context, HubLogins logins)
    {
        await logins.LogoutAsync(context);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static Task AnswerAsync<T>(HttpContext context, LoginOutcome outcome, Func<LoginOutcome, T> body)
    {
        if (!outcome.Admitted)
        {
            return HubProblem.WriteAsync(context, outcome.Status, outcome.Title ?? "Login refused.", outcome.Code!, context.RequestAborted);
        }

        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(body(outcome), GatewayJson.Options, context.RequestAborted);
    }
}
