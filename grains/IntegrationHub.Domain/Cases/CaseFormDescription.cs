namespace IntegrationHub.Domain.Cases;

/// <summary>The form of one case type at one clinic: only the fields the clinic's settings offer.</summary>
public sealed record CaseFormDescription(string CaseType, string Name, IReadOnlyList<FieldDescription> Fields);
