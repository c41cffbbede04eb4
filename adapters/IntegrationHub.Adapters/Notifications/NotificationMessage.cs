namespace IntegrationHub.Adapters.Notifications;

/// <summary>The gateway's JSON: <c>{id, to, channel: "sms"|"email", text, sentAt}</c>.</summary>
internal sealed record NotificationMessage(Guid Id, string To, string Channel, string Text, DateTimeOffset SentAt)
{
    public static NotificationMessage From(OutgoingNotification n) => new(
        n.Id,
        n.To,
        n.Channel switch
        {
            NotificationChannel.Sms => "sms",
            NotificationChannel.Email => "email",
            _ => throw new ArgumentOutOfRangeException(nameof(n), "Unknown channel."),
        },
        n.Text,
        n.SentAt);
}
