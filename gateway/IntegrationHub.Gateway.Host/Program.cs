using IntegrationHub.Gateway.Host;

await GatewayApplication.Create(args).RunAsync();
