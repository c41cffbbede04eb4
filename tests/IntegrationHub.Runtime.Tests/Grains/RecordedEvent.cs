namespace IntegrationHub.Runtime.Tests.Grains;

public sealed record RecordedEvent(string Key, string Text);
