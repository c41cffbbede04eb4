namespace IntegrationHub.Identity.Tokens;

/// <summary>Why a token was refused.</summary>
public enum JwtValidationFailure
{
    /// <summary>Valid.</summary>
    None = 0,

    /// <summary>Not a compact JWS of a JSON header and payload, or without exp, or otherwise unreadable.</summary>
    Malformed = 1,

    /// <summary>The header's alg is not ES256 (none, HS256, RS256, ES384, ... are refused).</summary>
    UnsupportedAlgorithm = 2,

    /// <summary>No kid, or a kid the key set does not hold.</summary>
    UnknownKey = 3,

    /// <summary>The signature does not verify with that key, or is missing.</summary>
    BadSignature = 4,

    /// <summary>iss is missing or not the expected issuer.</summary>
    WrongIssuer = 5,

    /// <summary>aud is missing or does not contain the expected audience.</summary>
    WrongAudience = 6,

    /// <summary>exp has passed (beyond the clock skew).</summary>
    Expired = 7,

    /// <summary>nbf lies in the future (beyond the clock skew), or after exp.</summary>
    NotYetValid = 8,
}
