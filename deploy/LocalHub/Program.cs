using IntegrationHub.LocalHub.Hosting;

await using var hub = await LocalHubApplication.StartAsync(args, shared: null, CancellationToken.None);
await DemoIdentities.SeedAsync(hub);
DemoIdentities.Print(hub);
await hub.App.WaitForShutdownAsync();
