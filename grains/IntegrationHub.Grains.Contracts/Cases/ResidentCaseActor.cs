namespace IntegrationHub.Grains.Cases;

/// <summary>The resident a request acts for (<see cref="Personnummer"/>), and who is logged in (<see cref="Subject"/>, a guardian in proxy mode).</summary>
public sealed record ResidentCaseActor(string Personnummer, string Subject, string Name);
