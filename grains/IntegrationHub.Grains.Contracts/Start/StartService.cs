namespace IntegrationHub.Grains.Contracts.Start;

/// <summary>
/// A hop-out service and whether the acting user may use it now; <see cref="Reason"/> is the refusal code when not
/// (<c>age_limit</c>, <c>journal_sealed</c>, <c>guardian_blocked</c>, <c>service_not_for_proxy</c>, <c>account_locked</c> ...).
/// </summary>
[GenerateSerializer]
[Alias("hub.StartService")]
public sealed record StartService(string Name, bool Available, string? Reason, int? FromAge);
