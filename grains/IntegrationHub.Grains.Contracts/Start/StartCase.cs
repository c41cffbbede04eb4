namespace IntegrationHub.Grains.Contracts.Start;

/// <summary>An ongoing case on the start page with its latest event; <see cref="Unread"/> counts messages not yet read.</summary>
[GenerateSerializer]
[Alias("hub.StartCase")]
public sealed record StartCase(string Id, string? Subject, string? ClinicName, string Status, DateTimeOffset LastEventAt, int Unread);
