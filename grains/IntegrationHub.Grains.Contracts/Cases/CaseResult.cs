namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>The outcome of a case command: done, already done before (idempotent), or refused with a code of <see cref="CaseCodes"/>.</summary>
[GenerateSerializer]
[Alias("hub.CaseResult")]
public sealed record CaseResult(bool Succeeded, string? Code, bool AlreadyExisted)
{
    public static CaseResult Done { get; } = new(true, null, false);

    public static CaseResult Existing { get; } = new(true, null, true);

    public static CaseResult Refused(string code) => new(false, code, false);
}
