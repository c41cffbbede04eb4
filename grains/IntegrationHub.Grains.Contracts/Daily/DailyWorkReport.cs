namespace IntegrationHub.Grains.Contracts.Daily;

[GenerateSerializer]
[Alias("hub.DailyWorkReport")]
public sealed record DailyWorkReport(DateOnly Day, int BirthdayStages, int RelationshipsChecked);
