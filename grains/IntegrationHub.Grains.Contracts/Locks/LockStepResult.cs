namespace IntegrationHub.Grains.Contracts.Locks;

/// <summary>
/// The outcome of a decision or an execution. A <see cref="Code"/> is a refusal (API.md: <c>not_authorised_to_decide</c>,
/// <c>wrong_region</c>, <c>not_authorised_to_execute</c>, ...); <see cref="Applied"/> is set when a lock was executed.
/// </summary>
[GenerateSerializer]
[Alias("hub.LockStepResult")]
public sealed record LockStepResult(string? Code, string Status, LockApplied? Applied)
{
    public bool Succeeded => Code is null;

    public static LockStepResult Refused(string code, string status) => new(code, status, null);
}
