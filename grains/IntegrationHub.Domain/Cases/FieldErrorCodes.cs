namespace IntegrationHub.Domain.Cases;

/// <summary>The machine-readable <c>code</c> of a failing field.</summary>
public static class FieldErrorCodes
{
    /// <summary>A value must be given (an empty list or only whitespace counts as none).</summary>
    public const string Required = "required";

    /// <summary>More items than the form allows.</summary>
    public const string TooMany = "too_many";

    /// <summary>More characters than the field allows.</summary>
    public const string TooLong = "too_long";

    /// <summary>Wrong JSON type, malformed value or a choice that is not offered.</summary>
    public const string Invalid = "invalid";

    /// <summary>An unknown field, or one the clinic does not offer, or one that does not apply to the other answers.</summary>
    public const string NotAllowed = "not_allowed";
}
