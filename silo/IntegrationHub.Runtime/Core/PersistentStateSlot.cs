namespace IntegrationHub.Runtime.Core;

internal sealed record PersistentStateSlot(string Name, Type StateType);
