using IntegrationHub.Silo.Health;
using Microsoft.AspNetCore.Builder;

namespace IntegrationHub.Silo.Hosting;

/// <summary>A silo process on its own: the store from configuration, the APIs, health.</summary>
public static class HubSiloApplication
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddHubSilo(builder.Configuration);
        var app = builder.Build();
        app.MapHubHealth();
        return app;
    }
}
