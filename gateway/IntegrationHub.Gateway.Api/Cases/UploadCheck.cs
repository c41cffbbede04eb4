using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>What the JSON part of an upload decided: a refusal, or whether files may follow.</summary>
internal sealed record UploadCheck(IResult? Refusal, bool AttachmentsAllowed)
{
    public static UploadCheck Refuse(IResult refusal) => new(refusal, false);
}
