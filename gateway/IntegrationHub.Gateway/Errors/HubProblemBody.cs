namespace IntegrationHub.Gateway.Errors;

/// <summary>The members of a gateway refusal (RFC 9457 plus <c>code</c>).</summary>
internal sealed record HubProblemBody(string Type, string Title, int Status, string Code);
