namespace IntegrationHub.Store.Migrations;

/// <summary>Brings the store's schema up to date; runs before anything reads or writes it.</summary>
public interface IStoreInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
