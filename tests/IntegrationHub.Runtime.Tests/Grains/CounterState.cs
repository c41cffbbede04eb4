namespace IntegrationHub.Runtime.Tests.Grains;

public sealed class CounterState
{
    public long Value { get; set; }

    public int Activations { get; set; }
}
