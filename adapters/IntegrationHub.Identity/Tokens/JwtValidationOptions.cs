using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tokens;

/// <summary>What the hub expects of every token it accepts: one issuer, one audience, ES256, a lifetime.</summary>
public sealed record JwtValidationOptions
{
    /// <summary>The exact <c>iss</c>.</summary>
    public required string Issuer { get; init; }

    /// <summary>The audience that <c>aud</c> must contain (exactly: no case or trailing-slash leniency).</summary>
    public required string Audience { get; init; }

    /// <summary>Tolerance for the clocks of issuer and hub, applied to exp and nbf. 30 seconds by default.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The <see cref="TokenValidationParameters"/> for these expectations, for <c>JsonWebTokenHandler</c> or JwtBearer:
    /// signed with ES256 only (<c>alg: none</c> and every other algorithm refused) by the key that the header's
    /// <c>kid</c> names among <paramref name="keys"/> (keys embedded in a token are never used), issuer, audience,
    /// exp required, lifetime on <paramref name="timeProvider"/> with <see cref="ClockSkew"/>.
    /// </summary>
    public TokenValidationParameters ToTokenValidationParameters(IEnumerable<SecurityKey> keys, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrEmpty(Issuer);
        ArgumentException.ThrowIfNullOrEmpty(Audience);
        ArgumentOutOfRangeException.ThrowIfLessThan(ClockSkew, TimeSpan.Zero);
        return new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IgnoreTrailingSlashWhenValidatingAudience = false,
            IssuerSigningKeys = [.. keys],
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            RequireAudience = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) => CheckLifetime(notBefore, expires, timeProvider.GetUtcNow().UtcDateTime),
            IncludeTokenOnFailedValidation = true,
        };
    }

    // The library's own lifetime check reads the system clock; the hub's rules read its TimeProvider (the simulation
    // sets it). The same rule otherwise: exp required, nbf not after exp, both with the clock skew.
    private bool CheckLifetime(DateTime? notBefore, DateTime? expires, DateTime now)
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no exp.");
        }

        if (notBefore > expires)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.") { NotBefore = notBefore, Expires = expires };
        }

        if (notBefore > now + ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = notBefore.Value };
        }

        if (expires < now - ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }
}
