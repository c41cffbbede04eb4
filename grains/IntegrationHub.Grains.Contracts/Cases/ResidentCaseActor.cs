namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>The resident a request acts for (<see cref="Personnummer"/>), and who is logged in (<see cref="Subject"/>, a guardian in proxy mode).</summary>
[GenerateSerializer]
[Alias("hub.ResidentCaseActor")]
public sealed record ResidentCaseActor(string Personnummer, string Subject, string Name);
