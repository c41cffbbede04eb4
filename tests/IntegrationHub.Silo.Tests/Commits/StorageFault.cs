namespace IntegrationHub.Silo.Tests.Commits;

public enum StorageFault
{
    None,
    BeforeWrite,
    AfterWrite,
    StoreDown,
}
