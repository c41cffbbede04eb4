namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>One failing field of a 400 <c>invalid_form</c> (<c>errors: [{field, code, message}]</c>).</summary>
internal sealed record FieldProblem(string Field, string Code, string Message);
