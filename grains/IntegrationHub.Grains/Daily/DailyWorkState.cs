namespace IntegrationHub.Grains.Daily;

public sealed class DailyWorkState
{
    public bool Scheduled { get; set; }

    public DateOnly? LastRunDay { get; set; }
}
