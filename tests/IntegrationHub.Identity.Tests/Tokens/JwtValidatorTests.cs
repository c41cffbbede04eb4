using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Identity.Tokens;

namespace IntegrationHub.Identity.Tests.Tokens;

/// <summary>What the hub's validator refuses: every way a login, hop-out or FHIR token can be forged, bent or stale.</summary>
public sealed class JwtValidatorTests : IDisposable
{
    private const string Issuer = "https://idp.sim.local";
    private const string Audience = "integration-hub";
    private const string Kid = "idp-2026-1";
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly SigningKey _key = SigningKey.Generate(Kid);
    private readonly ECDsa _rawKey = ECDsa.Create();
    private readonly ManualTimeProvider _clock = new(Now);
    private readonly JwtValidator _validator;

    public JwtValidatorTests()
    {
        _rawKey.ImportFromPem(_key.ExportPkcs8Pem());
        _validator = new JwtValidator(
            new JwtValidationOptions { Issuer = Issuer, Audience = Audience, ClockSkew = TimeSpan.FromSeconds(30) }, _key.PublicKeys, _clock);
    }

    public void Dispose()
    {
        _key.Dispose();
        _rawKey.Dispose();
    }

    private static long Unix(DateTimeOffset t) => t.ToUnixTimeSeconds();

    private static JsonObject Claims(TimeSpan? lifetime = null) => new()
    {
        ["iss"] = Issuer,
        ["sub"] = "subject-1",
        ["aud"] = Audience,
        ["iat"] = Unix(Now),
        ["nbf"] = Unix(Now),
        ["exp"] = Unix(Now.Add(lifetime ?? TimeSpan.FromSeconds(60))),
        ["jti"] = "jti-1",
    };

    private static string Header(string alg = "ES256", string? kid = Kid) =>
        kid is null ? $$"""{"alg":"{{alg}}","typ":"JWT"}""" : $$"""{"alg":"{{alg}}","typ":"JWT","kid":"{{kid}}"}""";

    /// <summary>A token with these claims, signed correctly with the trusted key (so only the claims can be wrong).</summary>
    private string Signed(JsonObject claims) => TokenForge.SignEs256(_rawKey, Header(), claims.ToJsonString());

    private async Task<JwtValidationFailure> CheckAsync(string? token) => (await _validator.ValidateAsync(token)).Failure;

    private string Token(IEnumerable<KeyValuePair<string, string>>? claims = null) =>
        _key.CreateToken(Issuer, Audience, "subject-1", Now, TimeSpan.FromSeconds(60), claims);

    [Fact]
    public async Task ValidateAsync_TokenOfTheKey_IsValidWithItsClaims()
    {
        var result = await _validator.ValidateAsync(Token([new("method", "bankid"), new("personnummer", "191212121212")]));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(JwtValidationFailure.None, result.Failure);
        Assert.Equal(Issuer, result.Claims.Issuer);
        Assert.Equal("subject-1", result.Claims.Subject);
        Assert.Equal([Audience], result.Claims.Audiences);
        Assert.Equal(Now.AddSeconds(60), result.Claims.ExpiresAt);
        Assert.Equal(Now.AddSeconds(90), result.Claims.AcceptedUntil);
        Assert.Equal(Now, result.Claims.IssuedAt);
        Assert.Equal(Now, result.Claims.NotBefore);
        Assert.Equal("bankid", result.Claims.GetString("method"));
        Assert.Equal("191212121212", result.Claims.GetString("personnummer"));
        Assert.Null(result.Claims.GetString("exp"));
        Assert.False(string.IsNullOrEmpty(result.Claims.JwtId));
        Assert.DoesNotContain("191212121212", result.Claims.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CreateToken_Header_IsEs256JwtWithKidAndAP1363Signature()
    {
        var parts = TokenForge.Parts(Token());

        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(TokenForge.Json(parts[0]));
        Assert.Equal("ES256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal("JWT", header.RootElement.GetProperty("typ").GetString());
        Assert.Equal(Kid, header.RootElement.GetProperty("kid").GetString());
        var signature = TokenForge.Bytes(parts[2]);
        Assert.Equal(64, signature.Length);
        Assert.True(_rawKey.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    [Fact]
    public void CreateToken_TwoTokens_HaveDifferentIds()
    {
        Assert.NotEqual(JsonNode.Parse(TokenForge.Json(TokenForge.Parts(Token())[1]))!["jti"]!.GetValue<string>(),
            JsonNode.Parse(TokenForge.Json(TokenForge.Parts(Token())[1]))!["jti"]!.GetValue<string>());
    }

    [Fact]
    public async Task ValidateAsync_TokenSignedIndependently_IsValid()
    {
        Assert.True((await _validator.ValidateAsync(Signed(Claims()))).IsValid);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public async Task ValidateAsync_TamperedPayload_IsBadSignature()
    {
        var parts = TokenForge.Parts(Token());
        var forged = Claims();
        forged["sub"] = "someone-else";

        Assert.Equal(JwtValidationFailure.BadSignature, await CheckAsync(parts[0] + "." + TokenForge.B64(forged.ToJsonString()) + "." + parts[2]));
    }

    [Fact]
    public async Task ValidateAsync_TamperedHeader_IsBadSignature()
    {
        var parts = TokenForge.Parts(Token());
        var header = TokenForge.B64($$"""{"alg":"ES256","typ":"jwt","kid":"{{Kid}}"}""");

        Assert.Equal(JwtValidationFailure.BadSignature, await CheckAsync(header + "." + parts[1] + "." + parts[2]));
    }

    [Fact]
    public async Task ValidateAsync_TamperedSignature_IsBadSignature()
    {
        var parts = TokenForge.Parts(Token());
        var signature = TokenForge.Bytes(parts[2]);
        signature[10] ^= 0x01;

        Assert.Equal(JwtValidationFailure.BadSignature, await CheckAsync(parts[0] + "." + parts[1] + "." + TokenForge.B64(signature)));
    }

    [Fact]
    public async Task ValidateAsync_SignatureOfAnotherKeyWithTheSameKid_IsBadSignature()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.Equal(JwtValidationFailure.BadSignature, await CheckAsync(TokenForge.SignEs256(other, Header(), Claims().ToJsonString())));
    }

    [Fact]
    public async Task ValidateAsync_DerEncodedSignature_IsBadSignature()
    {
        var token = TokenForge.SignEs256(_rawKey, Header(), Claims().ToJsonString(), DSASignatureFormat.Rfc3279DerSequence);

        Assert.Equal(JwtValidationFailure.BadSignature, await CheckAsync(token));
    }

    [Fact]
    public async Task ValidateAsync_EmptyOrTruncatedSignature_IsRefused()
    {
        var parts = TokenForge.Parts(Token());

        Assert.NotEqual(JwtValidationFailure.None, await CheckAsync(parts[0] + "." + parts[1] + "."));
        Assert.Equal(JwtValidationFailure.BadSignature, await CheckAsync(parts[0] + "." + parts[1] + "." + parts[2][..84]));
    }

    [Fact]
    public async Task ValidateAsync_AlgNone_IsUnsupportedAlgorithm()
    {
        var payload = TokenForge.B64(Claims().ToJsonString());

        Assert.Equal(JwtValidationFailure.UnsupportedAlgorithm, await CheckAsync(TokenForge.B64("""{"alg":"none","typ":"JWT"}""") + "." + payload + "."));
        Assert.Equal(JwtValidationFailure.UnsupportedAlgorithm, await CheckAsync(TokenForge.B64(Header("none")) + "." + payload + "."));
    }

    [Fact]
    public async Task ValidateAsync_AlgNoneWithAValidEs256Signature_IsUnsupportedAlgorithm()
    {
        Assert.Equal(JwtValidationFailure.UnsupportedAlgorithm, await CheckAsync(TokenForge.SignEs256(_rawKey, Header("none"), Claims().ToJsonString())));
    }

    [Fact]
    public async Task ValidateAsync_AlgHs256KeyedWithThePublicKey_IsUnsupportedAlgorithm()
    {
        // The classic confusion attack: HMAC keyed with the published key set.
        var secret = Encoding.UTF8.GetBytes(_key.ExportPublicJwksJson());

        Assert.Equal(JwtValidationFailure.UnsupportedAlgorithm, await CheckAsync(TokenForge.SignHs256(secret, Header("HS256"), Claims().ToJsonString())));
    }

    [Theory]
    [InlineData("ES384")]
    [InlineData("RS256")]
    [InlineData("es256")]
    [InlineData("ES256 ")]
    [InlineData("PS256")]
    public async Task ValidateAsync_OtherAlg_IsUnsupportedAlgorithm(string alg)
    {
        Assert.Equal(JwtValidationFailure.UnsupportedAlgorithm, await CheckAsync(TokenForge.SignEs256(_rawKey, Header(alg), Claims().ToJsonString())));
    }

    [Theory]
    [InlineData("""{"typ":"JWT","kid":"idp-2026-1"}""")] // no alg
    [InlineData("""{"alg":256,"kid":"idp-2026-1"}""")] // alg not a string
    [InlineData("""["ES256"]""")]
    [InlineData("""not json""")]
    public async Task ValidateAsync_BadHeader_IsRefused(string headerJson)
    {
        Assert.NotEqual(JwtValidationFailure.None, await CheckAsync(TokenForge.SignEs256(_rawKey, headerJson, Claims().ToJsonString())));
    }

    [Theory]
    [InlineData("""[1,2,3]""")]
    [InlineData("""not json""")]
    public async Task ValidateAsync_SignedPayloadNotAJsonObject_IsMalformed(string payloadJson)
    {
        Assert.Equal(JwtValidationFailure.Malformed, await CheckAsync(TokenForge.SignEs256(_rawKey, Header(), payloadJson)));
    }

    [Fact]
    public async Task ValidateAsync_UnknownKid_IsUnknownKey()
    {
        using var other = SigningKey.Generate("someone-elses-key");

        Assert.Equal(JwtValidationFailure.UnknownKey, await CheckAsync(other.CreateToken(Issuer, Audience, "s", Now, TimeSpan.FromMinutes(1))));
    }

    [Fact]
    public async Task ValidateAsync_TrustedKeyUnderAnUnknownOrNoKid_IsUnknownKey()
    {
        // The kid decides: the trusted key is not tried for a token that names another (or none).
        Assert.Equal(JwtValidationFailure.UnknownKey, await CheckAsync(TokenForge.SignEs256(_rawKey, Header(kid: "other"), Claims().ToJsonString())));
        Assert.Equal(JwtValidationFailure.UnknownKey, await CheckAsync(TokenForge.SignEs256(_rawKey, Header(kid: null), Claims().ToJsonString())));
    }

    [Fact]
    public async Task ValidateAsync_EmbeddedJwkInHeader_IsIgnored()
    {
        // An attacker's own key in the header must not be used: the kid decides.
        using var attacker = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = attacker.ExportParameters(false);
        var header = $$$"""{"alg":"ES256","kid":"{{{Kid}}}","jwk":{"kty":"EC","crv":"P-256","x":"{{{TokenForge.B64(p.Q.X!)}}}","y":"{{{TokenForge.B64(p.Q.Y!)}}}"}}""";

        Assert.Equal(JwtValidationFailure.BadSignature, await CheckAsync(TokenForge.SignEs256(attacker, header, Claims().ToJsonString())));
    }

    [Fact]
    public async Task ValidateAsync_WrongIssuer_IsWrongIssuer()
    {
        var claims = Claims();
        claims["iss"] = "https://evil.example";
        Assert.Equal(JwtValidationFailure.WrongIssuer, await CheckAsync(Signed(claims)));
        claims.Remove("iss");
        Assert.Equal(JwtValidationFailure.WrongIssuer, await CheckAsync(Signed(claims)));
    }

    [Fact]
    public async Task ValidateAsync_WrongAudience_IsWrongAudience()
    {
        var claims = Claims();
        claims["aud"] = "journal";
        Assert.Equal(JwtValidationFailure.WrongAudience, await CheckAsync(Signed(claims)));
        claims["aud"] = Audience + "/";
        Assert.Equal(JwtValidationFailure.WrongAudience, await CheckAsync(Signed(claims)));
        claims["aud"] = new JsonArray("journal", "samples");
        Assert.Equal(JwtValidationFailure.WrongAudience, await CheckAsync(Signed(claims)));
        claims["aud"] = new JsonArray();
        Assert.Equal(JwtValidationFailure.WrongAudience, await CheckAsync(Signed(claims)));
        claims.Remove("aud");
        Assert.Equal(JwtValidationFailure.WrongAudience, await CheckAsync(Signed(claims)));
    }

    [Fact]
    public async Task ValidateAsync_AudienceArrayContainingExpected_IsValid()
    {
        var claims = Claims();
        claims["aud"] = new JsonArray("journal", Audience);

        var result = await _validator.ValidateAsync(Signed(claims));

        Assert.True(result.IsValid);
        Assert.Equal(["journal", Audience], result.Claims.Audiences);
    }

    [Fact]
    public async Task ValidateAsync_Expired_IsExpired()
    {
        var claims = Claims();
        claims["iat"] = Unix(Now.AddMinutes(-10));
        claims["nbf"] = Unix(Now.AddMinutes(-10));
        claims["exp"] = Unix(Now.AddMinutes(-5));

        Assert.Equal(JwtValidationFailure.Expired, await CheckAsync(Signed(claims)));
    }

    [Fact]
    public async Task ValidateAsync_ExpiredByTheHubsClock_IsExpired()
    {
        var token = Token();

        _clock.Now = Now.AddSeconds(90);
        Assert.True((await _validator.ValidateAsync(token)).IsValid); // within the 30 s skew
        _clock.Now = Now.AddSeconds(91);
        Assert.Equal(JwtValidationFailure.Expired, await CheckAsync(token));
    }

    [Fact]
    public async Task ValidateAsync_WithoutOrWithBadExp_IsRefused()
    {
        var claims = Claims();
        claims.Remove("exp");
        Assert.Equal(JwtValidationFailure.Malformed, await CheckAsync(Signed(claims)));
        claims["exp"] = "tomorrow";
        Assert.Equal(JwtValidationFailure.Malformed, await CheckAsync(Signed(claims)));
        claims["exp"] = Unix(Now.AddMinutes(1)).ToString(CultureInfo.InvariantCulture) + "x";
        Assert.Equal(JwtValidationFailure.Malformed, await CheckAsync(Signed(claims)));
    }

    [Fact]
    public async Task ValidateAsync_NotBeforeInTheFuture_IsNotYetValid()
    {
        var claims = Claims();
        claims["nbf"] = Unix(Now.AddMinutes(2));
        claims["exp"] = Unix(Now.AddMinutes(5));

        Assert.Equal(JwtValidationFailure.NotYetValid, await CheckAsync(Signed(claims)));
    }

    [Fact]
    public async Task ValidateAsync_NotBeforeWithinClockSkew_IsValid()
    {
        var claims = Claims();
        claims["nbf"] = Unix(Now.AddSeconds(20));

        Assert.True((await _validator.ValidateAsync(Signed(claims))).IsValid);
    }

    [Fact]
    public async Task ValidateAsync_WithoutNbfAndIat_IsValid()
    {
        var claims = Claims();
        claims.Remove("nbf");
        claims.Remove("iat");

        var result = await _validator.ValidateAsync(Signed(claims));

        Assert.True(result.IsValid);
        Assert.Null(result.Claims.NotBefore);
        Assert.Null(result.Claims.IssuedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b")]
    [InlineData("..")]
    [InlineData(".payload.signature")]
    [InlineData("not-a-token")]
    public async Task ValidateAsync_NotACompactJws_IsMalformed(string? token)
    {
        Assert.Equal(JwtValidationFailure.Malformed, await CheckAsync(token));
    }

    [Fact]
    public async Task ValidateAsync_TwoFourOrFivePartToken_IsRefused()
    {
        var token = Token();
        var parts = TokenForge.Parts(token);

        Assert.Equal(JwtValidationFailure.Malformed, await CheckAsync(parts[0] + "." + parts[1]));
        Assert.Equal(JwtValidationFailure.Malformed, await CheckAsync(token + ".x"));
        Assert.NotEqual(JwtValidationFailure.None, await CheckAsync(token + ".x.y"));
    }

    [Fact]
    public async Task ValidateAsync_OversizedToken_IsMalformed()
    {
        var claims = Claims();
        claims["padding"] = new string('x', JwtValidator.MaxTokenLength);

        Assert.Equal(JwtValidationFailure.Malformed, await CheckAsync(Signed(claims)));
    }

    [Theory]
    [InlineData("=")] // padding
    [InlineData(" ")] // whitespace
    [InlineData("+")] // base64, not base64url
    [InlineData("/")]
    public async Task ValidateAsync_NotBase64UrlInTheSignature_IsRefused(string insert)
    {
        var parts = TokenForge.Parts(Token());

        Assert.NotEqual(JwtValidationFailure.None, await CheckAsync(parts[0] + "." + parts[1] + "." + parts[2][..40] + insert + parts[2][40..]));
    }
}
