namespace IntegrationHub.Simulators.Notifications;

/// <summary>The body of <c>POST {base}/messages</c>: <c>{id, to, channel: "sms"|"email", text, sentAt}</c>.</summary>
public sealed record OutgoingMessage(Guid Id, string To, string Channel, string Text, DateTimeOffset SentAt);
