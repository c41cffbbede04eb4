using IntegrationHub.Silo.Health;
using IntegrationHub.Silo.Hosting;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddHubSilo(builder.Configuration);
var app = builder.Build();
app.MapHubHealth();
await app.RunAsync();
