namespace IntegrationHub.Runtime;

/// <summary>How long an activation of this grain class may stay idle before it is collected (15 minutes by default).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CollectionAgeLimitAttribute(double minutes) : Attribute
{
    public TimeSpan AgeLimit { get; } = TimeSpan.FromMinutes(minutes);
}
