using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Sessions.Cookies;

/// <summary>
/// The session cookie: 256 random bits, HttpOnly, SameSite=Strict (the defence against cross-site requests), Secure
/// over HTTPS, and a session cookie (no Expires or Max-Age, SEC2). The session grain is keyed by the token's SHA-256,
/// so neither the store nor a log ever holds a usable token.
/// </summary>
public static class SessionCookie
{
    public const string Name = "hub_session";

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string KeyOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The session key of the request's cookie, or null when it carries none that could be one.</summary>
    public static string? KeyFrom(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = request.Cookies[Name];
        return string.IsNullOrEmpty(token) || token.Length > 128 ? null : KeyOf(token);
    }

    public static void Append(HttpResponse response, string token)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(Name, token, Options(response.HttpContext.Request.IsHttps));
    }

    public static void Delete(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(Name, Options(response.HttpContext.Request.IsHttps));
    }

    private static CookieOptions Options(bool secure) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = secure,
        Path = "/",
        IsEssential = true,
    };
}
