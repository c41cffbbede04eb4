namespace IntegrationHub.Grains.Proxies;

/// <summary>The key of a relationship grain: the guardian's and the child's personnummer.</summary>
public static class ProxyRelationshipKey
{
    public static string Of(string guardian, string child) => $"{guardian}-{child}";
}
