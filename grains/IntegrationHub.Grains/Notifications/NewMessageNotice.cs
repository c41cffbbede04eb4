namespace IntegrationHub.Grains.Notifications;

/// <summary>
/// The outbox event behind "a new message is waiting" (CS9, PX8): emitted by whatever put a message into a resident's
/// inbox, in the same commit; the handler sends one contentless SMS or e-mail to each contact set on that account.
/// </summary>
internal sealed record NewMessageNotice(string Personnummer)
{
    public const string Topic = "inbox.new-message";
}
