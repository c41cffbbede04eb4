namespace IntegrationHub.Runtime.Storage;

/// <summary>Work a store must finish before the silo serves: versioned migrations, opening a listener.</summary>
public interface IStoreInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
