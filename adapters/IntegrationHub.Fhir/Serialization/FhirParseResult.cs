using System.Diagnostics.CodeAnalysis;
using IntegrationHub.Fhir.Resources;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>A resource read from a body, or why it was refused.</summary>
public sealed record FhirParseResult<T>
    where T : Resource
{
    private FhirParseResult(T? resource, FhirParseError? error)
    {
        Resource = resource;
        Error = error;
    }

    public T? Resource { get; }

    public FhirParseError? Error { get; }

    [MemberNotNullWhen(true, nameof(Resource))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Resource is not null;

    public static FhirParseResult<T> Success(T resource) => new(resource, null);

    public static FhirParseResult<T> Failure(FhirParseError error) => new(null, error);
}
