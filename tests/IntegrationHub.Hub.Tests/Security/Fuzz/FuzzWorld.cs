namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>
/// The real things a fuzzed request may name, so that requests reach past the first check: the logged-in resident, a
/// bystander in the registry (the only one lock requests name, so the resident's session lives on), a clinic with a
/// case type, its staff member, a case with an attachment, a lock request and a FHIR token.
/// </summary>
internal sealed record FuzzWorld(
    string Resident,
    string Bystander,
    string Clinic,
    string StaffHsaId,
    string CaseId,
    string AttachmentId,
    string LockId,
    string FhirToken);
