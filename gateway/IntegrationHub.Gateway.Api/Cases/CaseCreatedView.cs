namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>201 of a new case or message: the case's id (and the message's, when one was added).</summary>
internal sealed record CaseCreatedView(string Id, string? MessageId = null);
