namespace IntegrationHub.Adapters.Notifications;

public enum NotificationChannel
{
    Sms,
    Email,
}
