namespace IntegrationHub.Gateway.Errors;

/// <summary>The <c>code</c> members the gateway itself writes.</summary>
public static class ProblemCodes
{
    /// <summary>404: no hop-out service of that name is configured.</summary>
    public const string UnknownService = "unknown_service";

    /// <summary>401: no live session.</summary>
    public const string Unauthenticated = "unauthenticated";

    /// <summary>429: too many logins from one client address.</summary>
    public const string TooManyRequests = "too_many_requests";

    /// <summary>502: the hop-out service could not be reached.</summary>
    public const string HopOutUnavailable = "hop_out_unavailable";
}
