namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>One message of a case (<see cref="CaseMessageKinds"/>); <see cref="SenderKind"/> is resident, staff, hub or regional.</summary>
[GenerateSerializer]
[Alias("hub.CaseMessageView")]
public sealed record CaseMessageView(
    string Id,
    string Kind,
    string SenderKind,
    string SenderId,
    string SenderName,
    string? Text,
    DateTimeOffset SentAt,
    IReadOnlyList<CaseAttachment> Attachments);
