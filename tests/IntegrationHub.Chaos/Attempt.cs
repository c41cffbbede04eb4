namespace IntegrationHub.Chaos;

/// <summary>One request the load made: when (seconds from the start), what, through which gateway, and whether it succeeded.</summary>
internal sealed record Attempt(double At, string Kind, int Gateway, bool Succeeded, string Outcome);
