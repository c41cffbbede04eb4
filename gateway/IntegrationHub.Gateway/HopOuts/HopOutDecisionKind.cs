namespace IntegrationHub.Gateway.HopOuts;

/// <summary>What a <see cref="HopOutDecision"/> says.</summary>
public enum HopOutDecisionKind
{
    /// <summary>Forward, with an assertion of the acting person.</summary>
    Allow,

    /// <summary>No live session: 401.</summary>
    Unauthenticated,

    /// <summary>A rule refuses: 403 with a code.</summary>
    Forbidden,
}
