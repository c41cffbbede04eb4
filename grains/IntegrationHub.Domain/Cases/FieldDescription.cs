namespace IntegrationHub.Domain.Cases;

/// <summary>One field of a case form as the portal renders it (<c>GET /api/clinics/{clinicId}</c>, "its fields").</summary>
/// <param name="Name">The camelCase member name in <c>fields</c>.</param>
/// <param name="Label">The Swedish label.</param>
/// <param name="Kind">text, multiline, choice, date, boolean, integer, list (of objects), text-or-list, answers, address.</param>
/// <param name="Required">A value must be given.</param>
public sealed record FieldDescription(string Name, string Label, string Kind, bool Required)
{
    /// <summary>When the field is required only under a condition: the condition, e.g. <c>aids[].incontinence</c>.</summary>
    public string? RequiredWhen { get; init; }

    /// <summary>Text kinds: the most characters accepted.</summary>
    public int? MaxLength { get; init; }

    /// <summary>choice: the choices.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>list: the fewest and most items.</summary>
    public int? MinItems { get; init; }

    /// <summary>list: the most items.</summary>
    public int? MaxItems { get; init; }

    /// <summary>integer: the smallest and largest value.</summary>
    public int? Minimum { get; init; }

    /// <summary>integer: the largest value.</summary>
    public int? Maximum { get; init; }

    /// <summary>list: the fields of each item.</summary>
    public IReadOnlyList<FieldDescription>? Items { get; init; }

    /// <summary>answers: the questions to answer, keyed by id.</summary>
    public IReadOnlyList<HealthQuestion>? Questions { get; init; }
}
