namespace IntegrationHub.Runtime;

/// <summary>The identity of one grain: its type name (stable, stored) and its key.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
