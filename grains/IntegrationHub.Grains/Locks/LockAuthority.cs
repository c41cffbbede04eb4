using IntegrationHub.Adapters.Hsa;
using IntegrationHub.Grains.Contracts.Locks;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Grains.Sessions;

namespace IntegrationHub.Grains.Locks;

/// <summary>Who may decide and who may execute, by the rules of LK2, LK4 and LK9.</summary>
internal static class LockAuthority
{
    /// <summary>Whether the decider's roles allow deciding; the region is checked separately (LK3).</summary>
    public static bool MayDecide(LockRequestState request, StaffProfile decider)
    {
        if (request.Kind == LockRequestKind.Unlock)
        {
            return request.LockOrigin == LockOrigin.Resident
                ? decider.HasRole(StaffRoles.NationalSupport)
                : decider.HasRole(StaffRoles.PatientResponsiblePhysician) || decider.HasRole(StaffRoles.RegionalChiefPhysician);
        }

        if (request.Origin == LockOrigin.Resident)
        {
            // LK2a: the resident's own request by form is handled by the national support, for any region.
            return decider.HasRole(StaffRoles.NationalSupport);
        }

        if (request.Emergency &&
            (decider.HasRole(StaffRoles.MedicallyResponsibleDoctor) || decider.HasRole(StaffRoles.UnitHead) || decider.HasRole(StaffRoles.OnCall)))
        {
            return true;
        }

        return request.Origin == LockOrigin.Authority
            ? decider.HasRole(StaffRoles.PatientResponsiblePhysician)
            : decider.HasRole(StaffRoles.UnitHead) || decider.HasRole(StaffRoles.PatientResponsiblePhysician);
    }

    /// <summary>Whether the decision belongs to a region (and so must be the resident's home region now, LK3, LK9).</summary>
    public static bool DecidedByRegion(LockRequestState request) =>
        request.Kind == LockRequestKind.Lock ? request.Origin != LockOrigin.Resident : request.LockOrigin != LockOrigin.Resident;

    public static bool MayExecute(LockRequestState request, StaffProfile executor)
    {
        if (executor.HasRole(StaffRoles.CentralSupport))
        {
            return true;
        }

        var residentsOwn = request.Kind == LockRequestKind.Lock ? request.Origin == LockOrigin.Resident : request.LockOrigin == LockOrigin.Resident;
        if (residentsOwn && executor.HasRole(StaffRoles.NationalSupport))
        {
            return true;
        }

        // LK4: an urgent lock that cannot wait for office hours is executed by the on-call doctor.
        return request.Kind == LockRequestKind.Lock && request.Emergency && executor.HasRole(StaffRoles.OnCall);
    }
}
