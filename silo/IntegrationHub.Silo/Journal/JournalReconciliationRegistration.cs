using IntegrationHub.Gateway.Fhir.Journal;
using IntegrationHub.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Silo.Journal;

public static class JournalReconciliationRegistration
{
    /// <summary>The daily comparison of the hub's journal mirror with the journal system's own list (JR1, JR2).</summary>
    public static IServiceCollection AddJournalReconciliation(this IServiceCollection services)
    {
        services.TryAddSingleton<JournalConsentReconciler>();
        return services.AddOutboxHandler<JournalReconciliationHandler>();
    }
}
