namespace IntegrationHub.Domain.Contacts;

/// <summary>The outcome of <see cref="ContactDetailsValidator.Validate"/>.</summary>
public sealed record ContactDetailsResult
{
    private ContactDetailsResult(ContactDetails? details, IReadOnlyList<string> invalidFields)
    {
        Details = details;
        InvalidFields = invalidFields;
    }

    public bool IsValid => Details is not null;

    /// <summary>When valid: the normalised values.</summary>
    public ContactDetails? Details { get; }

    /// <summary>When invalid: <c>mobile</c> and/or <c>email</c>.</summary>
    public IReadOnlyList<string> InvalidFields { get; }

    /// <summary>When invalid: <c>invalid_contact</c>.</summary>
    public string? ErrorCode => IsValid ? null : ContactDetailsValidator.InvalidContactErrorCode;

    internal static ContactDetailsResult Valid(ContactDetails details) => new(details, []);

    internal static ContactDetailsResult Invalid(IReadOnlyList<string> fields) => new(null, fields);
}
