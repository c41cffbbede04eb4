namespace IntegrationHub.Domain.Cases;

/// <summary>One failing field of a form: the <c>invalid_form</c> details.</summary>
/// <param name="Field">A path into <c>fields</c>: <c>contactReason</c>, <c>medicines</c>, <c>aids[2].packages</c>.</param>
/// <param name="Code">One of <see cref="FieldErrorCodes"/>.</param>
/// <param name="Message">A short explanation in English.</param>
public sealed record FieldError(string Field, string Code, string Message);
