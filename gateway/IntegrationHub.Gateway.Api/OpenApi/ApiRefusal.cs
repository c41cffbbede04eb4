namespace IntegrationHub.Gateway.Api.OpenApi;

/// <summary>A refusal an endpoint may answer: its status and the <c>code</c> members API.md binds.</summary>
internal sealed record ApiRefusal(int Status, params string[] Codes);
