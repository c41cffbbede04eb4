namespace IntegrationHub.Domain.Cases;

/// <summary>One field of a clinic's own case type (CS2 "a clinic's own case type, named and designed by the clinic").</summary>
/// <param name="Id">The camelCase member name in a submitted case's <c>fields</c>.</param>
/// <param name="Label">What the resident sees.</param>
/// <param name="Kind">text, multiline, choice, date or boolean.</param>
/// <param name="Required">Whether a value must be given (for a boolean: true or false must be given).</param>
/// <param name="MaxLength">For text and multiline: the most characters accepted; null for the default.</param>
/// <param name="Choices">For choice: the choices, in order; empty otherwise.</param>
public sealed record CustomFieldDefinition(
    string Id,
    string Label,
    CustomFieldKind Kind,
    bool Required = false,
    int? MaxLength = null,
    IReadOnlyList<string>? Choices = null);
