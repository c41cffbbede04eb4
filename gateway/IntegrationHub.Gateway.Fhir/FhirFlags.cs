using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Locks;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// The account lock as an active Flag of category admin (LK1): whether the resident or a region asked for it (LK8),
/// never which region (LK9) nor the reason (LK5 keeps it confidential).
/// </summary>
internal static class FhirFlags
{
    public const string LockCodeSystem = "urn:integrationhub:codesystem:account-flag";

    public const string LockedByResident = "login-locked-resident";

    public const string LockedByRegion = "login-locked-region";

    public static Flag? From(AccountLockStatus status, string patientId, string personnummer)
    {
        if (!status.Locked)
        {
            return null;
        }

        var byResident = status.Origin == LockOrigin.Resident;
        return new Flag
        {
            Id = "lock-" + patientId,
            Status = Flag.FlagStatus.Active,
            Category = [FlagCategoryCodes.AdminConcept],
            Code = new CodeableConcept(
                LockCodeSystem,
                byResident ? LockedByResident : LockedByRegion,
                byResident ? "Login to the e-services locked at the resident's request" : "Login to the e-services locked by a region",
                byResident ? "Inloggning spärrad på invånarens begäran" : "Inloggning spärrad av en region"),
            Subject = FhirPatients.Reference(patientId, personnummer),
        };
    }
}
