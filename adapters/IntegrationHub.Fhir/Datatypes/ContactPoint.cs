using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>ContactPoint</c> (phone, e-mail, ...).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ContactPoint : Element
{
    [RequiredBinding("phone", "fax", "email", "pager", "url", "sms", "other")]
    public string? System { get; init; }

    public string? Value { get; init; }

    [RequiredBinding("home", "work", "temp", "old", "mobile")]
    public string? Use { get; init; }

    public int? Rank { get; init; }

    public Period? Period { get; init; }
}
