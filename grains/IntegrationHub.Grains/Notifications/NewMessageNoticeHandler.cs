using IntegrationHub.Grains.Outbox;
using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Adapters.Notifications;
using IntegrationHub.Grains.Accounts;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Keys;

namespace IntegrationHub.Grains.Notifications;

/// <summary>
/// Sends the notice to the contacts on the account as they are at delivery (PX8: a child's notices go to the child's
/// account, so nobody is told when none are set). Never any content (CS9), never about a lock (LK7: nothing emits it).
/// </summary>
internal sealed class NewMessageNoticeHandler(HubGrains grains, INotificationGateway gateway) : IOutboxHandler
{
    public const string Text = "Du har fått ett nytt meddelande i 1177:s e-tjänster. Logga in för att läsa det.";

    public string Topic => NewMessageNotice.Topic;

    public async Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        var notice = envelope.Read<NewMessageNotice>();
        var contacts = (await grains.Account(notice.Personnummer).GetProfileAsync()).Contacts;
        if (contacts.Mobile is { } mobile)
        {
            await gateway.SendAsync(new OutgoingNotification(IdFor(envelope.Id, "sms"), mobile, NotificationChannel.Sms, Text, envelope.CreatedAt), cancellationToken);
        }

        if (contacts.Email is { } email)
        {
            await gateway.SendAsync(new OutgoingNotification(IdFor(envelope.Id, "email"), email, NotificationChannel.Email, Text, envelope.CreatedAt), cancellationToken);
        }
    }

    /// <summary>One id per event and channel, the same on every redelivery, so the gateway drops duplicates.</summary>
    private static Guid IdFor(Guid eventId, string channel)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{eventId:N}/{channel}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
