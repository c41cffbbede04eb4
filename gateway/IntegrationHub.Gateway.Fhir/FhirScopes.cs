namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// SMART backend-services scopes (<c>system/Patient.read</c>, <c>system/Consent.write</c>, <c>system/*.read</c>,
/// <c>system/Task.*</c>): whether a set of them allows reading or writing a resource type.
/// </summary>
public static class FhirScopes
{
    public const string Read = "read";

    public const string Write = "write";

    /// <summary>Whether the text is a scope the hub understands: <c>system/{Type|*}.{read|write|*}</c>.</summary>
    public static bool IsWellFormed(string scope) => TryParse(scope, out _, out _);

    public static bool Allows(IEnumerable<string> scopes, string resourceType, string access)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        foreach (var scope in scopes)
        {
            if (TryParse(scope, out var type, out var granted)
                && (type == "*" || string.Equals(type, resourceType, StringComparison.Ordinal))
                && (granted == "*" || string.Equals(granted, access, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool TryParse(string scope, out string type, out string access)
    {
        type = access = string.Empty;
        if (!scope.StartsWith("system/", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = scope["system/".Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == rest.Length - 1)
        {
            return false;
        }

        type = rest[..dot];
        access = rest[(dot + 1)..];
        return access is Read or Write or "*" && (type == "*" || type.All(char.IsAsciiLetter));
    }
}
