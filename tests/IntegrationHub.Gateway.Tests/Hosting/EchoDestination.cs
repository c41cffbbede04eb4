using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Tests.Hosting;

/// <summary>
/// A hop-out service stand-in: answers any method and path with what it received, as JSON, and (carelessly) lets the
/// answer be cached.
/// </summary>
internal static class EchoDestination
{
    public static Task<KestrelApp> StartAsync() =>
        KestrelApp.StartAsync(_ => { }, app => app.Run(async context =>
        {
            var headers = new JsonObject();
            foreach (var header in context.Request.Headers)
            {
                headers[header.Key] = header.Value.ToString();
            }

            using var reader = new StreamReader(context.Request.Body);
            var echo = new JsonObject
            {
                ["method"] = context.Request.Method,
                ["path"] = context.Request.Path.Value,
                ["query"] = context.Request.QueryString.Value,
                ["body"] = await reader.ReadToEndAsync(context.RequestAborted),
                ["headers"] = headers,
            };
            context.Response.Headers.CacheControl = "public, max-age=3600";
            await context.Response.WriteAsJsonAsync(echo, context.RequestAborted);
        }));
}
