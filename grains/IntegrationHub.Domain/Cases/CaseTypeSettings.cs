namespace IntegrationHub.Domain.Cases;

/// <summary>
/// How a clinic has activated and configured one case type (CS1). One flat record for every type: a setting that
/// does not apply to a type is ignored by it. Serialises with System.Text.Json (web defaults give the camelCase names
/// of the admin API).
/// </summary>
public sealed record CaseTypeSettings
{
    /// <summary>Offered to residents at this clinic.</summary>
    public bool Active { get; init; }

    /// <summary>Residents may attach files to this case type (CS5).</summary>
    public bool AttachmentsAllowed { get; init; }

    /// <summary>Usable by a guardian in proxy mode (PX4).</summary>
    public bool ProxyAllowed { get; init; }

    /// <summary>cancel-rebook, request-appointment: show the "days that don't suit" field.</summary>
    public bool ShowUnsuitableDays { get; init; }

    /// <summary>request-certificate: the certificate kinds a resident may choose from, e.g. "Körkortsintyg".</summary>
    public IReadOnlyList<string> CertificateKinds { get; init; } = [];

    /// <summary>ask-nurse: ids from <see cref="HealthQuestions"/> the resident is to answer.</summary>
    public IReadOnlyList<string> HealthQuestions { get; init; } = [];

    /// <summary>renew-prescription: the resident may give extra information.</summary>
    public bool AllowExtraInformation { get; init; }

    /// <summary>advice: the resident may name the caregiver met before.</summary>
    public bool AllowNamingPreviousCaregiver { get; init; }

    /// <summary>custom-{name}: the name residents see; null shows one made from the id.</summary>
    public string? Title { get; init; }

    /// <summary>custom-{name}: the form the clinic designed.</summary>
    public IReadOnlyList<CustomFieldDefinition> CustomFields { get; init; } = [];

    /// <summary>An inactive type with every option off.</summary>
    public static CaseTypeSettings Inactive { get; } = new();
}
