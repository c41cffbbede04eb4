namespace IntegrationHub.Domain.Cases;

/// <summary>The admin's case type configuration, read and checked: either settings or the failing members.</summary>
public sealed record CaseTypeSettingsResult
{
    private CaseTypeSettingsResult(CaseTypeSettings? settings, IReadOnlyList<FieldError> errors)
    {
        Settings = settings;
        Errors = errors;
    }

    public bool IsValid => Settings is not null;

    public CaseTypeSettings? Settings { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    internal static CaseTypeSettingsResult Valid(CaseTypeSettings settings) => new(settings, []);

    internal static CaseTypeSettingsResult Invalid(IReadOnlyList<FieldError> errors) => new(null, errors);
}
