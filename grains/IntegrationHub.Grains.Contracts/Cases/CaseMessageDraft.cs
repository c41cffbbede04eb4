namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>A message about to be sent: its text and the files already stored under the case.</summary>
[GenerateSerializer]
[Alias("hub.CaseMessageDraft")]
public sealed record CaseMessageDraft(string? Text, IReadOnlyList<CaseAttachment> Attachments);
