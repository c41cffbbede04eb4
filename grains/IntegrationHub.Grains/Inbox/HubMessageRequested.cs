namespace IntegrationHub.Grains.Inbox;

/// <summary>
/// The outbox event behind a message the hub itself puts into a resident's inbox (the 13th-birthday notices, a proxy
/// relationship's end). It commits with the change that causes it; <see cref="Key"/> makes delivery exactly-once,
/// on any silo, after any restart.
/// </summary>
internal sealed record HubMessageRequested(string Personnummer, string Key, string Subject, string Text)
{
    public const string Topic = "inbox.hub-message";
}
