namespace IntegrationHub.Grains.Contracts.Calls;

/// <summary>
/// A grain method that may run twice with the effect of once: a gateway retries it once when its silo died under the call.
/// Reads are; a write is when the grain makes it so (a case submitted again with its id is the same case).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute : Attribute;
