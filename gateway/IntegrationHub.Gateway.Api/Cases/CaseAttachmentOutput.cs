namespace IntegrationHub.Gateway.Api.Cases;

internal sealed record CaseAttachmentOutput(string Id, string FileName, string ContentType, long Size, string Href);
