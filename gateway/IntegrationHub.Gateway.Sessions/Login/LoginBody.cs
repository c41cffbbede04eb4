using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary>Reads a login body; anything that is not a small JSON object with an assertion is simply not one.</summary>
internal static class LoginBody
{
    private const int MaxBytes = 16 * 1024;

    public static async Task<LoginRequest?> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBytes || !context.Request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await context.Request.ReadFromJsonAsync<LoginRequest>(GatewayJson.Options, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
