namespace IntegrationHub.Identity.Jws;

/// <summary>Why a token was refused. The checks run in this order; the first that fails is reported.</summary>
public enum JwtValidationFailure
{
    /// <summary>Valid.</summary>
    None = 0,

    /// <summary>Not three base64url parts, a header or payload that is not a JSON object, no alg, a crit header,
    /// or a registered time claim missing (exp) or not a number.</summary>
    Malformed = 1,

    /// <summary>The header's alg is not ES256 (none, HS256, RS256, ES384, ... are refused).</summary>
    UnsupportedAlgorithm = 2,

    /// <summary>No kid, or a kid the key resolver does not know.</summary>
    UnknownKey = 3,

    /// <summary>The signature does not verify with that key.</summary>
    BadSignature = 4,

    /// <summary>iss is missing or not the expected issuer.</summary>
    WrongIssuer = 5,

    /// <summary>aud (a string or an array of strings) is missing or does not contain the expected audience.</summary>
    WrongAudience = 6,

    /// <summary>exp has passed (beyond the clock skew).</summary>
    Expired = 7,

    /// <summary>nbf or iat lies in the future (beyond the clock skew).</summary>
    NotYetValid = 8,
}
