namespace IntegrationHub.Runtime;

/// <summary>Marker for grain interfaces: every method returns <see cref="Task"/> or <see cref="Task{TResult}"/>.</summary>
#pragma warning disable CA1040 // A marker interface is the point: it names what the factory may hand out.
public interface IGrain;
#pragma warning restore CA1040
