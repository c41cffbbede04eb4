using IntegrationHub.Silo.Hosting;

await HubSiloApplication.Create(args).RunAsync();
