using IntegrationHub.Silo.Health;
using IntegrationHub.Silo.Hosting;

var builder = WebApplication.CreateSlimBuilder(args);

// The local hub's defaults: loopback only, the embedded store, simulation on. Each can be overridden.
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Hub:Simulation"] = "true",
    ["Hub:Store"] = "sqlite",
    ["Hub:DataDirectory"] = "./data",
});
builder.Configuration.AddEnvironmentVariables();
builder.Configuration.AddCommandLine(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:8080");
}

builder.Services.AddHubSilo(builder.Configuration);
var app = builder.Build();
app.MapHubHealth();
app.Lifetime.ApplicationStarted.Register(() =>
{
    var options = app.Services.GetRequiredService<HubOptions>();
    Console.WriteLine($"IntegrationHub local hub on {string.Join(", ", app.Urls)} (store: {options.Store}, data: {Path.GetFullPath(options.DataDirectory)}, simulation: {options.Simulation})");
});
await app.RunAsync();
