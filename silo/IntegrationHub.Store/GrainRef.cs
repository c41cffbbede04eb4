namespace IntegrationHub.Store;

/// <summary>A grain as the hub's tables name it: its stable type name (the grain's <c>[GrainType]</c>) and its string key.</summary>
public sealed record GrainRef(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
