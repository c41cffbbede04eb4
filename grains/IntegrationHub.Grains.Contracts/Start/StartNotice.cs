namespace IntegrationHub.Grains.Contracts.Start;

/// <summary>
/// A notice on the start page (<see cref="StartNoticeCodes"/>): what it is about, whom (a child's name) and when.
/// </summary>
[GenerateSerializer]
[Alias("hub.StartNotice")]
public sealed record StartNotice(string Code, string? Name, DateOnly? Date);
