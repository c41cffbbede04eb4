namespace IntegrationHub.Identity.Jws;

/// <summary>What <see cref="JwtValidator"/> expects of a token.</summary>
public sealed record JwtValidationOptions
{
    /// <summary>The exact <c>iss</c> (ordinal).</summary>
    public required string Issuer { get; init; }

    /// <summary>The audience that <c>aud</c> must contain (ordinal).</summary>
    public required string Audience { get; init; }

    /// <summary>Tolerance for the clocks of issuer and hub, applied to exp, nbf and iat. 30 seconds by default.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longer tokens are refused as malformed before any decoding. 16 KiB by default.</summary>
    public int MaxTokenLength { get; init; } = 16 * 1024;
}
