namespace IntegrationHub.Adapters.Notifications;

/// <summary>The SMS and e-mail gateway. The hub only ever sends "a new message is waiting" (CS9).</summary>
public interface INotificationGateway
{
    /// <summary>Sends one notification; idempotent by <see cref="OutgoingNotification.Id"/>.</summary>
    Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}
