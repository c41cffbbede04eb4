namespace IntegrationHub.Runtime.Tests.Grains;

public sealed class AlarmState
{
    public int Fired { get; set; }
}
