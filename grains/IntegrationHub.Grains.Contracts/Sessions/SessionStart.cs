namespace IntegrationHub.Grains.Contracts.Sessions;

/// <summary>A login that succeeded: who (a personnummer or an HSA-id), how, and for staff their directory rights.</summary>
[GenerateSerializer]
[Alias("hub.SessionStart")]
public sealed record SessionStart(SessionKind Kind, string Subject, string Name, string Method, StaffProfile? Staff);
