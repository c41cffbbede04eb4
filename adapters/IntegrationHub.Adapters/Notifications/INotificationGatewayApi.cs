using Refit;

namespace IntegrationHub.Adapters.Notifications;

/// <summary>The SMS and e-mail gateway's API.</summary>
internal interface INotificationGatewayApi
{
    /// <summary><c>POST {base}messages</c> <c>{id, to, channel, text, sentAt}</c>: 201, or 200 for an id it has.</summary>
    [Post("/messages")]
    Task<IApiResponse> SendAsync([Body] NotificationMessage message, CancellationToken cancellationToken);
}
