using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>FHIR JSON that was not the resource asked for; <see cref="Outcome"/> says why.</summary>
public sealed class FhirParseException : Exception
{
    public FhirParseException()
        : this(new OperationOutcome())
    {
    }

    public FhirParseException(string message)
        : base(message) =>
        Outcome = new OperationOutcome();

    public FhirParseException(string message, Exception innerException)
        : base(message, innerException) =>
        Outcome = new OperationOutcome();

    public FhirParseException(OperationOutcome outcome)
        : base(Describe(outcome)) =>
        Outcome = outcome;

    public OperationOutcome Outcome { get; }

    private static string Describe(OperationOutcome outcome) =>
        "Not an acceptable FHIR resource: " + string.Join("; ", outcome.Issue.Select(i => $"{string.Join(",", i.Expression)}: {i.Diagnostics}"));
}
