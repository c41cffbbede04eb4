using IntegrationHub.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Simulators.Notifications;

/// <summary>
/// The SMS and e-mail gateway. <c>POST {base}/messages</c> <c>{id, to, channel: "sms"|"email", text, sentAt}</c>
/// sends one message, idempotent by id (201 the first time, 200 and nothing sent for an id it has; 400 for another
/// channel); <c>GET {base}/messages</c> lists <c>[{to, channel, text, sentAt}]</c> in arrival order (also
/// <see cref="Messages"/>).
/// </summary>
public sealed class NotificationGatewaySimulator : Simulator
{
    private readonly IdempotentLog<SimulatedMessage> _messages = new();

    private NotificationGatewaySimulator()
    {
    }

    /// <summary>Starts a gateway alone on a free port of 127.0.0.1.</summary>
    public static Task<NotificationGatewaySimulator> StartAsync(CancellationToken cancellationToken) =>
        StartAsync(new NotificationGatewaySimulator(), cancellationToken);

    /// <summary>The messages sent, in arrival order.</summary>
    public IReadOnlyList<SimulatedMessage> Messages => _messages.Snapshot();

    /// <summary>Sends a message unless one with its id was sent; true when it was new.</summary>
    /// <exception cref="ArgumentException">The channel is neither "sms" nor "email".</exception>
    public bool Send(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Channel is not ("sms" or "email"))
        {
            throw new ArgumentException("The channel is \"sms\" or \"email\".", nameof(message));
        }

        return _messages.TryAdd(message.Id, new SimulatedMessage(message.To, message.Channel, message.Text, message.SentAt));
    }

    /// <inheritdoc/>
    protected override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/messages", (OutgoingMessage message) =>
        {
            try
            {
                return Send(message) ? Results.Created($"/messages/{message.Id}", null) : Results.Ok();
            }
            catch (ArgumentException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        });
        routes.MapGet("/messages", () => Messages);
    }
}
