using IntegrationHub.Domain.Attachments;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>One accepted upload in its temporary file, with the type judged from its bytes.</summary>
internal sealed record StagedFile(string Id, string TempPath, string FileName, AttachmentContentType ContentType, long Size);
