namespace IntegrationHub.Grains.Daily;

public sealed record DailyWorkReport(DateOnly Day, int BirthdayStages, int RelationshipsChecked);
