using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.HopOuts;

/// <summary>
/// The hub's decision whether a request may hop out to a service (session, lock, age limits, seal, guardian block,
/// proxy rules). It runs before anything is forwarded; only <see cref="HopOutDecision.Allow"/> is forwarded.
/// Register one implementation in DI (any lifetime).
/// </summary>
public interface IHopOutAuthorizer
{
    /// <summary>Decides for one request to <paramref name="service"/>.</summary>
    ValueTask<HopOutDecision> AuthorizeAsync(HttpContext context, string service, CancellationToken cancellationToken);
}
