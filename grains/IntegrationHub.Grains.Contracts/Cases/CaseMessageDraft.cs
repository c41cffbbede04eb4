namespace IntegrationHub.Grains.Cases;

/// <summary>A message about to be sent: its text and the files already stored under the case.</summary>
public sealed record CaseMessageDraft(string? Text, IReadOnlyList<CaseAttachment> Attachments);
