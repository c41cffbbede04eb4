namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>One attached file: its type judged from the bytes (CS5), its size, and the name it is offered under.</summary>
[GenerateSerializer]
[Alias("hub.CaseAttachment")]
public sealed record CaseAttachment(string Id, string FileName, string ContentType, long Size);
