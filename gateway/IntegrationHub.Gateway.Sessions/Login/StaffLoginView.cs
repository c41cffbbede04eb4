using IntegrationHub.Adapters.Hsa;

namespace IntegrationHub.Gateway.Sessions.Login;

public sealed record StaffLoginView(string Name, string HsaId, string Region, IReadOnlyList<string> Roles, IReadOnlyList<HsaClinicRights> Clinics);
