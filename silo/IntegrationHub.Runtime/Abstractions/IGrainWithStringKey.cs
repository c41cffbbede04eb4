namespace IntegrationHub.Runtime;

/// <summary>A grain addressed by a string key (a personnummer, a case id, a clinic's HSA-id).</summary>
#pragma warning disable CA1040
public interface IGrainWithStringKey : IGrain;
#pragma warning restore CA1040
