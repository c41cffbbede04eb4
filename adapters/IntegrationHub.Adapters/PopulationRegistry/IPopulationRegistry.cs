using IntegrationHub.Identity;

namespace IntegrationHub.Adapters.PopulationRegistry;

/// <summary>The population registry (folkbokföringen). The hub asks it whenever it acts on a person.</summary>
public interface IPopulationRegistry
{
    /// <summary>The person as registered now, or null when the registry does not know the number.</summary>
    /// <exception cref="RegistryUnavailableException">The registry did not answer; callers fail closed.</exception>
    Task<RegistryPerson?> FindAsync(Personnummer personnummer, CancellationToken cancellationToken);

    /// <summary>Whether the registry answers at all (its FHIR <c>metadata</c>): what readiness means for the hub.</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}
