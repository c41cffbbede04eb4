using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Gateway.Sessions.Cookies;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Web.Security;

/// <summary>
/// ASP.NET Core's antiforgery (the form tag helper writes the token, Razor Pages validates every unsafe request) with the
/// token bound to the session cookie instead of a cookie of its own, so that the browser holds nothing but the session
/// cookie (SEC2). The token is an HMAC of the domain string under the cookie's random token: nobody without the cookie
/// can make it, not even from the session's key (the cookie's hash, which the store and logs may hold), and a gateway
/// needs no shared secret to check it. Before login the login form sets a session cookie that starts no session, so the
/// login post is bound too; a login replaces the cookie, so a form from before it is refused after it.
/// </summary>
internal sealed class SessionBoundAntiforgery : IAntiforgery
{
    public const string FormFieldName = "__RequestVerificationToken";
    public const string HeaderName = "RequestVerificationToken";
    private const string IssuedToken = "hub.antiforgery.token";
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("integrationhub/web-form/v1");

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var token = CookieToken(httpContext);
        if (token is null)
        {
            token = SessionCookie.NewToken();
            SessionCookie.Append(httpContext.Response, token);
            httpContext.Items[IssuedToken] = token;
        }

        return Tokens(token);
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var token = CookieToken(httpContext);
        return token is null ? new AntiforgeryTokenSet(null, null, FormFieldName, HeaderName) : Tokens(token);
    }

    public async Task<bool> IsRequestValidAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method)
            || HttpMethods.IsOptions(httpContext.Request.Method) || HttpMethods.IsTrace(httpContext.Request.Method))
        {
            return true;
        }

        string? sent = httpContext.Request.Headers[HeaderName];
        if (string.IsNullOrEmpty(sent) && httpContext.Request.HasFormContentType)
        {
            var form = await httpContext.Request.ReadFormAsync(httpContext.RequestAborted);
            sent = form[FormFieldName];
        }

        return IsValid(httpContext, sent);
    }

    public async Task ValidateRequestAsync(HttpContext httpContext)
    {
        if (!await IsRequestValidAsync(httpContext))
        {
            throw new AntiforgeryValidationException("The form's token does not belong to this browser's session.");
        }
    }

    public void SetCookieTokenAndHeader(HttpContext httpContext) => GetAndStoreTokens(httpContext);

    /// <summary>Whether <paramref name="sent"/> is the token of the session cookie this request carries.</summary>
    public static bool IsValid(HttpContext httpContext, string? sent)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var token = httpContext.Request.Cookies[SessionCookie.Name];
        if (string.IsNullOrEmpty(token) || token.Length > 128 || string.IsNullOrEmpty(sent))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(TokenOf(token)), Encoding.ASCII.GetBytes(sent));
    }

    private static string? CookieToken(HttpContext httpContext)
    {
        if (httpContext.Items[IssuedToken] is string issued)
        {
            return issued;
        }

        var token = httpContext.Request.Cookies[SessionCookie.Name];
        return string.IsNullOrEmpty(token) || token.Length > 128 ? null : token;
    }

    private static AntiforgeryTokenSet Tokens(string cookieToken) => new(TokenOf(cookieToken), null, FormFieldName, HeaderName);

    private static string TokenOf(string cookieToken) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(cookieToken), Purpose)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
