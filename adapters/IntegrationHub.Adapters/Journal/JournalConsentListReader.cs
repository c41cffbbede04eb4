using System.Globalization;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Journal;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Validation;
using IntegrationHub.Identity;

namespace IntegrationHub.Adapters.Journal;

/// <summary>
/// Reads the journal system's Consent list the way <c>POST Consent</c> reads one Consent: strictly, against the R4 profile
/// and <see cref="JournalConsentMapping"/>. An entry that fails is counted unreadable; a list that is no Bundle at all
/// (or faults outside its entries) is no answer.
/// </summary>
internal static partial class JournalConsentListReader
{
    public static JournalRestrictionList Read(byte[] body, Personnummer patient, FhirResourceValidator validator)
    {
        var parsed = FhirJson.Parse(body);
        var faultyEntries = parsed.Issues.Where(OperationOutcomes.IsError).Select(EntryOf).ToList();
        if (parsed.Resource is not Bundle bundle || faultyEntries.Contains(null))
        {
            throw new HttpRequestException("The journal system's Consent list is not a FHIR Bundle: " + string.Join("; ", parsed.Issues.Select(i => i.Diagnostics)));
        }

        var readable = new List<JournalConsent>();
        var unreadable = 0;
        foreach (var (consent, index) in bundle.Entry.Select((e, i) => (e.Resource as Consent, i)))
        {
            if (consent is null)
            {
                continue;
            }

            if (faultyEntries.Contains(index)
                || validator.Validate(consent).Any(OperationOutcomes.IsError)
                || JournalConsentMapping.Read(consent).Consent is not { } restriction
                || restriction.Patient.Value != patient.Value)
            {
                unreadable++;
                continue;
            }

            readable.Add(restriction);
        }

        return new JournalRestrictionList(readable, unreadable);
    }

    // A Consent the strict reader faulted is one unreadable entry; a fault outside the entries, no list at all.
    private static int? EntryOf(OperationOutcome.IssueComponent issue) =>
        EntryPath().Match(issue.Expression.FirstOrDefault() ?? string.Empty) is { Success: true } match
            ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^Bundle\.entry\[(?<index>[0-9]{1,6})\]\.resource\b", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPath();
}
