namespace IntegrationHub.Runtime.Tests.Grains;

public sealed class EmitterState
{
    public int Count { get; set; }
}
