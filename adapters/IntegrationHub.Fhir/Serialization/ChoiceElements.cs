using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>Checks on choice elements (<c>deceased[x]</c>, <c>value[x]</c>, ...) after a type is read.</summary>
internal static class ChoiceElements
{
    public static void EnsureAtMostOne(string choice, params object?[] values)
    {
        if (values.Count(v => v is not null) > 1)
        {
            throw new FhirJsonException(IssueTypeCodes.Invalid, $"Only one type of {choice} may be given");
        }
    }

    public static void EnsureExactlyOne(string choice, params object?[] values)
    {
        EnsureAtMostOne(choice, values);
        if (values.All(v => v is null))
        {
            throw new FhirJsonException(IssueTypeCodes.Invalid, $"Missing required element {choice}");
        }
    }
}
