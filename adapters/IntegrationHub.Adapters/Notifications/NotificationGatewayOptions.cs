namespace IntegrationHub.Adapters.Notifications;

/// <summary>The SMS and e-mail gateway client (<c>POST {BaseAddress}messages</c>).</summary>
public sealed record NotificationGatewayOptions : AdapterClientOptions;
