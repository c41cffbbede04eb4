using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Identity.Tokens;

/// <summary>
/// What a token says about itself before its signature is checked: the issuer and key id that decide which keys check
/// it. Nothing read here may be trusted until <see cref="JwtValidator"/> accepted the token.
/// </summary>
public static class UnverifiedJwt
{
    private static readonly JsonWebTokenHandler Reader = new() { MaximumTokenSizeInBytes = JwtValidator.MaxTokenLength };

    /// <summary>The <c>iss</c> and header <c>kid</c> of a compact JWS (empty when absent); false when it cannot be read.</summary>
    public static bool TryRead([NotNullWhen(true)] string? token, out string issuer, out string keyId)
    {
        issuer = keyId = string.Empty;
        if (string.IsNullOrEmpty(token) || token.Length > JwtValidator.MaxTokenLength || !Reader.CanReadToken(token))
        {
            return false;
        }

        try
        {
            var read = Reader.ReadJsonWebToken(token);
            if (read.IsEncrypted)
            {
                return false;
            }

            issuer = read.Issuer ?? string.Empty;
            keyId = read.Kid ?? string.Empty;
            return true;
        }
        catch (ArgumentException)
        {
            // Not base64url, not JSON objects: the handler's SecurityTokenMalformedException and plain ArgumentException.
            return false;
        }
    }
}
