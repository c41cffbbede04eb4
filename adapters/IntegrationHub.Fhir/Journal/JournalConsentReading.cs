using System.Diagnostics.CodeAnalysis;
using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Journal;

/// <summary>A Consent read as a seal or guardian block, or every reason the hub cannot act on it exactly as meant.</summary>
public sealed record JournalConsentReading(JournalConsent? Consent, IReadOnlyList<OperationOutcome.IssueComponent> Issues)
{
    [MemberNotNullWhen(true, nameof(Consent))]
    public bool IsReadable => Consent is not null;
}
