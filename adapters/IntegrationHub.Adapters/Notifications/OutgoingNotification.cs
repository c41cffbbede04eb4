namespace IntegrationHub.Adapters.Notifications;

/// <summary>One SMS or e-mail. <see cref="To"/> is exactly as the contact was stored (E.164 for mobiles).</summary>
public sealed record OutgoingNotification(Guid Id, string To, NotificationChannel Channel, string Text, DateTimeOffset SentAt);
