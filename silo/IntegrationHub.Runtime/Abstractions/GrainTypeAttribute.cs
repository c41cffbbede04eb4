namespace IntegrationHub.Runtime;

/// <summary>The stable name under which a grain class's state, reminders and index rows are stored.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
