using System.Globalization;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Identity;

namespace IntegrationHub.Gateway.Fhir.Journal;

/// <summary>
/// Reads a seal or guardian block from the journal system's FHIR Consent (JR1, JR2): <c>provision.type</c> deny, a
/// <c>policy</c>, the patient by personnummer, an actor with role v3-RoleClass GUARD for a guardian block, an
/// Organization actor for a seal of chosen units, none for a seal of the whole journal. <c>status</c> other than
/// active lifts it; <c>dateTime</c> orders updates.
/// </summary>
public static class JournalConsentMapping
{
    public static JournalConsentMappingResult Map(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        if (consent.Policy is null || consent.Policy.Count == 0 || consent.Policy.All(p => string.IsNullOrEmpty(p.Uri) && string.IsNullOrEmpty(p.Authority)))
        {
            return JournalConsentMappingResult.Invalid("Consent.policy", "A seal or guardian block names the policy it follows (policy.uri).");
        }

        var patient = consent.Patient?.Identifier;
        if (patient is null || !IdentifierSystems.IsPersonnummer(patient.System) || !Personnummer.TryParse(patient.Value, out var personnummer))
        {
            return JournalConsentMappingResult.Invalid("Consent.patient", "The patient is identified by a valid personnummer (patient.identifier).");
        }

        var consentId = consent.Id ?? consent.Identifier?.FirstOrDefault(i => !string.IsNullOrEmpty(i.Value))?.Value;
        if (string.IsNullOrEmpty(consentId))
        {
            return JournalConsentMappingResult.Invalid("Consent.id", "The journal system's id of the consent (id or identifier) is required.");
        }

        if (!DateTimeOffset.TryParse(consent.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var recordedAt))
        {
            return JournalConsentMappingResult.Invalid("Consent.dateTime", "dateTime orders the journal system's updates and is required.");
        }

        var provision = consent.Provision;
        if (provision?.Type != "deny")
        {
            return JournalConsentMappingResult.Invalid("Consent.provision.type", "A seal or guardian block is a provision of type deny.");
        }

        var actors = provision.Actor ?? [];
        var guardians = actors.Where(a => IsGuardianRole(a)).Select(a => a.Reference.Identifier?.Value ?? a.Reference.Reference ?? string.Empty).ToList();
        var units = actors.Where(a => !IsGuardianRole(a)).Select(a => a.Reference.Identifier?.Value ?? a.Reference.Reference ?? string.Empty).ToList();
        var restriction = guardians.Count > 0 ? JournalRestriction.GuardianBlock : units.Count > 0 ? JournalRestriction.UnitSeal : JournalRestriction.Seal;
        var update = new JournalConsentUpdate(consentId, restriction, consent.Status == "active", recordedAt, units, guardians);
        return JournalConsentMappingResult.Mapped(personnummer, update);
    }

    private static bool IsGuardianRole(ConsentActor actor) =>
        actor.Role.HasCoding(RoleClassCodes.System, RoleClassCodes.Guardian);
}
