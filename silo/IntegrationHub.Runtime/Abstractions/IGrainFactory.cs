namespace IntegrationHub.Runtime;

/// <summary>Hands out references to grains. A reference is cheap and activates nothing until it is called.</summary>
public interface IGrainFactory
{
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey;
}
