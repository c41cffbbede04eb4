using IntegrationHub.Adapters.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Adapters.Notifications;

/// <summary>
/// The SMS and e-mail gateway: <c>POST {base}messages</c> <c>{id, to, channel, text, sentAt}</c>, retried because
/// the gateway takes a message idempotently by id. Throws <see cref="HttpRequestException"/> when it was not taken.
/// </summary>
internal sealed partial class NotificationGatewayClient : AdapterClient, INotificationGateway
{
    public const string HttpClientName = "IntegrationHub.Adapters.Notifications";

    private readonly ILogger<NotificationGatewayClient> _logger;

    public NotificationGatewayClient(
        IHttpClientFactory httpClientFactory, IOptions<HubAdapterOptions> options, ILogger<NotificationGatewayClient> logger)
        : base(httpClientFactory, HttpClientName, AdapterResilience.Build(options.Value.Notifications)) => _logger = logger;

    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await PostIdempotentAsync("messages", NotificationMessage.From(notification), "notification gateway", cancellationToken);
        LogSent(notification.Id, notification.Channel);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Notification {NotificationId} sent by {Channel}.")]
    private partial void LogSent(Guid notificationId, NotificationChannel channel);
}
