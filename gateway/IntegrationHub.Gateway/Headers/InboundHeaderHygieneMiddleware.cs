using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Headers;

/// <summary>Removes every inbound <c>X-Hub-*</c> header so that no code after it can trust a spoofed one.</summary>
internal sealed class InboundHeaderHygieneMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        StripHubHeaders(context.Request.Headers);
        return next(context);
    }

    internal static void StripHubHeaders(IHeaderDictionary headers)
    {
        List<string>? spoofed = null;
        foreach (var header in headers)
        {
            if (HubHeaders.IsHubHeader(header.Key))
            {
                (spoofed ??= []).Add(header.Key);
            }
        }

        if (spoofed is null)
        {
            return;
        }

        foreach (var name in spoofed)
        {
            headers.Remove(name);
        }
    }
}
