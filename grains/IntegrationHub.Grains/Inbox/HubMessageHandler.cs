using IntegrationHub.Grains.Outbox;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using IntegrationHub.Grains.Cases;
using IntegrationHub.Grains.Contracts.Cases;

namespace IntegrationHub.Grains.Inbox;

/// <summary>
/// Delivers a hub message as a case started by the hub. The case id is derived from the message key, so a redelivered
/// event opens the same case again, which the case grain treats as done: exactly one message per key.
/// </summary>
internal sealed class HubMessageHandler(IGrainFactory grains) : IOutboxHandler
{
    public const string Sender = "1177";

    public string Topic => HubMessageRequested.Topic;

    public async Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        var message = envelope.Read<HubMessageRequested>();
        var caseId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(message.Key)).AsSpan(0, 16)).ToString("N");
        await grains.GetGrain<ICaseGrain>(caseId).OpenAsync(
            new CaseOpening(CaseOrigin.Hub, message.Personnummer, null, null, message.Subject, message.Text, Sender, "1177 Vårdguiden"));
    }
}
