using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.HopOuts;

/// <summary>What the transformer needs of one authorized hop-out request (an HttpContext feature).</summary>
/// <param name="Assertion">The signed <c>X-Hub-Assertion</c>.</param>
/// <param name="Path">The path after <c>/hop/{service}</c>.</param>
internal sealed record HopOutForwarding(string Assertion, PathString Path);
