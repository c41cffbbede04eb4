using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tokens;

/// <summary>
/// Validates a compact JWT signed with ES256 by <see cref="JsonWebTokenHandler"/>, with the parameters of
/// <see cref="JwtValidationOptions.ToTokenValidationParameters"/>: a kid of the key set, the signature, issuer, audience,
/// exp (required) and nbf on the <see cref="TimeProvider"/>. Nothing of the token is logged or put into an exception.
/// Thread-safe.
/// </summary>
public sealed class JwtValidator
{
    /// <summary>Longer tokens are refused as malformed before any decoding.</summary>
    public const int MaxTokenLength = 16 * 1024;

    private static readonly JsonWebTokenHandler Handler = new() { MaximumTokenSizeInBytes = MaxTokenLength };

    private readonly TokenValidationParameters _parameters;
    private readonly TimeSpan _clockSkew;

    /// <summary>A validator for one issuer and audience, with these keys.</summary>
    public JwtValidator(JwtValidationOptions options, VerificationKeySet keys, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        _parameters = options.ToTokenValidationParameters(keys.Keys, timeProvider);
        _clockSkew = options.ClockSkew;
    }

    /// <summary>Validates a token; see the type for the checks.</summary>
    public async Task<JwtValidationResult> ValidateAsync(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return JwtValidationResult.Fail(JwtValidationFailure.Malformed);
        }

        var result = await Handler.ValidateTokenAsync(token, _parameters).ConfigureAwait(false);
        if (result.IsValid && result.SecurityToken is JsonWebToken valid)
        {
            return JwtValidationResult.Valid(new JwtClaims(valid, _clockSkew));
        }

        return JwtValidationResult.Fail(Classify(result));
    }

    private static JwtValidationFailure Classify(TokenValidationResult result)
    {
        // An unsigned token (alg none) fails as "no signature"; name the real reason: its algorithm.
        if (result.TokenOnFailedValidation is JsonWebToken { IsEncrypted: false } read
            && !string.Equals(read.Alg, SecurityAlgorithms.EcdsaSha256, StringComparison.Ordinal))
        {
            return JwtValidationFailure.UnsupportedAlgorithm;
        }

        return result.Exception switch
        {
            SecurityTokenInvalidAlgorithmException => JwtValidationFailure.UnsupportedAlgorithm,
            SecurityTokenSignatureKeyNotFoundException => JwtValidationFailure.UnknownKey,
            SecurityTokenInvalidSignatureException => JwtValidationFailure.BadSignature,
            SecurityTokenInvalidIssuerException => JwtValidationFailure.WrongIssuer,
            SecurityTokenInvalidAudienceException => JwtValidationFailure.WrongAudience,
            SecurityTokenExpiredException => JwtValidationFailure.Expired,
            SecurityTokenNotYetValidException or SecurityTokenInvalidLifetimeException => JwtValidationFailure.NotYetValid,
            _ => JwtValidationFailure.Malformed,
        };
    }
}
