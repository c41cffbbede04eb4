using IntegrationHub.LocalHub.Hosting;

await using var hub = await LocalHubApplication.StartAsync(args, shared: null, CancellationToken.None);
DemoIdentities.Seed(hub);
DemoIdentities.Print(hub);
await hub.App.WaitForShutdownAsync();
