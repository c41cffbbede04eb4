namespace IntegrationHub.Simulators.Notifications;

/// <summary>A message as the gateway lists it: <c>{to, channel: "sms"|"email", text, sentAt}</c>.</summary>
public sealed record SimulatedMessage(string To, string Channel, string Text, DateTimeOffset SentAt);
