namespace IntegrationHub.Grains.Contracts.Proxies;

/// <summary>The key of a relationship grain: the guardian's and the child's pseudonyms, never their personnummer.</summary>
public static class ProxyRelationshipKey
{
    private const char Separator = '.';

    public static string Of(string guardianPseudonym, string childPseudonym) => $"{guardianPseudonym}{Separator}{childPseudonym}";

    public static (string GuardianPseudonym, string ChildPseudonym) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var separator = key.IndexOf(Separator, StringComparison.Ordinal);
        return separator > 0 ? (key[..separator], key[(separator + 1)..]) : throw new ArgumentException("Not a relationship key.", nameof(key));
    }
}
