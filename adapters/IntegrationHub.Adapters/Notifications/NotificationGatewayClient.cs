using IntegrationHub.Adapters.Http;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Adapters.Notifications;

/// <summary>
/// The SMS and e-mail gateway (<see cref="INotificationGatewayApi"/>): <c>POST {base}messages</c>
/// <c>{id, to, channel, text, sentAt}</c>, sent once per call (a POST is never retried by the pipeline). Throws
/// <see cref="HttpRequestException"/> when it was not taken; the sender tries again later, and the gateway takes a
/// message idempotently by id.
/// </summary>
internal sealed partial class NotificationGatewayClient(Func<INotificationGatewayApi> gateway, ILogger<NotificationGatewayClient> logger)
    : INotificationGateway
{
    public const string HttpClientName = "IntegrationHub.Adapters.Notifications";

    private readonly ILogger<NotificationGatewayClient> _logger = logger;

    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var message = NotificationMessage.From(notification);
        await AdapterFailures.EnsureTakenAsync(ct => gateway().SendAsync(message, ct), "notification gateway", cancellationToken);
        LogSent(notification.Id, notification.Channel);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Notification {NotificationId} sent by {Channel}.")]
    private partial void LogSent(Guid notificationId, NotificationChannel channel);
}
