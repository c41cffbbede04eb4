namespace IntegrationHub.Adapters.Hsa;

/// <summary>The region's HSA directory of staff and units. Staff must be found there at every login.</summary>
public interface IHsaDirectory
{
    /// <summary>The staff member, or null when the directory does not know the HSA-id.</summary>
    /// <exception cref="DirectoryUnavailableException">The directory did not answer.</exception>
    Task<HsaStaffMember?> FindStaffAsync(string hsaId, CancellationToken cancellationToken);

    Task<HsaClinic?> FindClinicAsync(string hsaId, CancellationToken cancellationToken);

    /// <summary>The units whose name contains <paramref name="name"/> (case-insensitive), in <paramref name="region"/> when given.</summary>
    /// <exception cref="DirectoryUnavailableException">The directory did not answer.</exception>
    Task<IReadOnlyList<HsaClinic>> SearchClinicsAsync(string name, string? region, CancellationToken cancellationToken);
}
