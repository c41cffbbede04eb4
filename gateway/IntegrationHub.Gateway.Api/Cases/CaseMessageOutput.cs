namespace IntegrationHub.Gateway.Api.Cases;

internal sealed record CaseMessageOutput(string Id, string Kind, CaseSenderOutput From, string? Text, DateTimeOffset SentAt, IReadOnlyList<CaseAttachmentOutput> Attachments);
