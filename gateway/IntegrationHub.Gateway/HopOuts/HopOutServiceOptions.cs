namespace IntegrationHub.Gateway.HopOuts;

/// <summary>The hop-out services known at start: name → base address. More can be set at runtime on
/// <see cref="HopOutDestinations"/>.</summary>
public sealed class HopOutServiceOptions
{
    /// <summary>Service name (the <c>{service}</c> of <c>/hop/{service}/...</c>, case-insensitive) → base address.</summary>
    public Dictionary<string, Uri> Services { get; } = new(StringComparer.OrdinalIgnoreCase);
}
