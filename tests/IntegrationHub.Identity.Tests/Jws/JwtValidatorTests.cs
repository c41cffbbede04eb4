using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Identity.Jws;

namespace IntegrationHub.Identity.Tests.Jws;

public sealed class JwtValidatorTests : IDisposable
{
    private const string Issuer = "https://idp.sim.local";
    private const string Audience = "integration-hub";
    private const string Kid = "idp-2026-1";
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly SigningKey _key = SigningKey.Generate(Kid);
    private readonly ECDsa _rawKey;
    private readonly ManualTimeProvider _clock = new(Now);
    private readonly VerificationKeySet _keys;
    private readonly JwtValidator _validator;
    private readonly JwsSigner _signer;

    public JwtValidatorTests()
    {
        _rawKey = ECDsa.Create();
        _rawKey.ImportFromPem(_key.ExportPkcs8Pem());
        _keys = new VerificationKeySet([_key.ToVerificationKey()]);
        _validator = new JwtValidator(
            new JwtValidationOptions { Issuer = Issuer, Audience = Audience, ClockSkew = TimeSpan.FromSeconds(30) }, _keys, _clock);
        _signer = new JwsSigner(_key);
    }

    public void Dispose()
    {
        _key.Dispose();
        _rawKey.Dispose();
        _keys.Dispose();
    }

    private static long Unix(DateTimeOffset t) => t.ToUnixTimeSeconds();

    private static JsonObject Claims(TimeSpan? lifetime = null) =>
        JwtPayload.Create(Issuer, Audience, "subject-1", Now, lifetime ?? TimeSpan.FromSeconds(60));

    private static string Header(string alg = "ES256", string? kid = Kid) =>
        kid is null ? $$"""{"alg":"{{alg}}","typ":"JWT"}""" : $$"""{"alg":"{{alg}}","typ":"JWT","kid":"{{kid}}"}""";

    private static string Payload(JsonObject claims) => claims.ToJsonString();

    private JwtValidationFailure Check(string? token) => _validator.Validate(token).Failure;

    [Fact]
    public void Validate_TokenFromSigner_IsValidWithItsClaims()
    {
        var claims = Claims();
        claims["personnummer"] = "191212121212";
        claims["method"] = "bankid";
        var result = _validator.Validate(_signer.Sign(claims));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(JwtValidationFailure.None, result.Failure);
        Assert.Equal(Issuer, result.Claims.Issuer);
        Assert.Equal("subject-1", result.Claims.Subject);
        Assert.Equal([Audience], result.Claims.Audiences);
        Assert.Equal(Now.AddSeconds(60), result.Claims.ExpiresAt);
        Assert.Equal(Now, result.Claims.IssuedAt);
        Assert.Equal(Now, result.Claims.NotBefore);
        Assert.Equal("bankid", result.Claims.GetString("method"));
        Assert.Equal("191212121212", result.Claims.GetString("personnummer"));
        Assert.NotNull(result.Claims.JwtId);
    }

    [Fact]
    public void Sign_Header_IsEs256JwtWithKidAndSignatureIsP1363()
    {
        var token = _signer.Sign(Claims());
        var parts = TokenForge.Parts(token);
        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(TokenForge.Json(parts[0]));
        Assert.Equal("ES256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal("JWT", header.RootElement.GetProperty("typ").GetString());
        Assert.Equal(Kid, header.RootElement.GetProperty("kid").GetString());
        Assert.DoesNotContain('=', token);

        // An independent verifier (plain .NET, JWS's P1363 form) accepts the signature.
        var signature = System.Buffers.Text.Base64Url.DecodeFromChars(parts[2]);
        Assert.Equal(64, signature.Length);
        Assert.True(_rawKey.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    [Fact]
    public void Validate_TokenSignedIndependently_IsValid()
    {
        var token = TokenForge.SignEs256(_rawKey, Header(), Payload(Claims()));
        Assert.True(_validator.Validate(token).IsValid);
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public void Validate_TamperedPayload_IsBadSignature()
    {
        var parts = TokenForge.Parts(_signer.Sign(Claims()));
        var forged = Claims();
        forged["sub"] = "someone-else";
        Assert.Equal(JwtValidationFailure.BadSignature, Check(parts[0] + "." + TokenForge.B64(Payload(forged)) + "." + parts[2]));
    }

    [Fact]
    public void Validate_TamperedHeader_IsBadSignature()
    {
        var parts = TokenForge.Parts(_signer.Sign(Claims()));
        var header = TokenForge.B64($$"""{"alg":"ES256","typ":"jwt","kid":"{{Kid}}"}""");
        Assert.Equal(JwtValidationFailure.BadSignature, Check(header + "." + parts[1] + "." + parts[2]));
    }

    [Fact]
    public void Validate_TamperedSignature_IsBadSignature()
    {
        var parts = TokenForge.Parts(_signer.Sign(Claims()));
        var signature = System.Buffers.Text.Base64Url.DecodeFromChars(parts[2]);
        signature[10] ^= 0x01;
        Assert.Equal(JwtValidationFailure.BadSignature, Check(parts[0] + "." + parts[1] + "." + TokenForge.B64(signature)));
    }

    [Fact]
    public void Validate_SignatureOfAnotherKeyWithTheSameKid_IsBadSignature()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Assert.Equal(JwtValidationFailure.BadSignature, Check(TokenForge.SignEs256(other, Header(), Payload(Claims()))));
    }

    [Fact]
    public void Validate_DerEncodedSignature_IsBadSignature()
    {
        var token = TokenForge.SignEs256(_rawKey, Header(), Payload(Claims()), DSASignatureFormat.Rfc3279DerSequence);
        Assert.Equal(JwtValidationFailure.BadSignature, Check(token));
    }

    [Fact]
    public void Validate_EmptyOrTruncatedSignature_IsBadSignature()
    {
        var parts = TokenForge.Parts(_signer.Sign(Claims()));
        Assert.Equal(JwtValidationFailure.BadSignature, Check(parts[0] + "." + parts[1] + "."));
        Assert.Equal(JwtValidationFailure.BadSignature, Check(parts[0] + "." + parts[1] + "." + parts[2][..84]));
    }

    [Fact]
    public void Validate_AlgNone_IsUnsupportedAlgorithm()
    {
        var header = TokenForge.B64("""{"alg":"none","typ":"JWT"}""");
        var payload = TokenForge.B64(Payload(Claims()));
        Assert.Equal(JwtValidationFailure.UnsupportedAlgorithm, Check(header + "." + payload + "."));
        var withKid = TokenForge.B64(Header("none"));
        Assert.Equal(JwtValidationFailure.UnsupportedAlgorithm, Check(withKid + "." + payload + "."));
    }

    [Fact]
    public void Validate_AlgNoneWithAValidEs256Signature_IsUnsupportedAlgorithm()
    {
        Assert.Equal(JwtValidationFailure.UnsupportedAlgorithm, Check(TokenForge.SignEs256(_rawKey, Header("none"), Payload(Claims()))));
    }

    [Fact]
    public void Validate_AlgHs256KeyedWithThePublicKey_IsUnsupportedAlgorithm()
    {
        // The classic confusion attack: HMAC keyed with the (public) JWK coordinates or its JSON.
        var jwk = _key.ExportPublicJwk();
        var secret = Encoding.UTF8.GetBytes(new JsonWebKeySet([jwk]).ToJson());
        Assert.Equal(JwtValidationFailure.UnsupportedAlgorithm, Check(TokenForge.SignHs256(secret, Header("HS256"), Payload(Claims()))));
    }

    [Theory]
    [InlineData("ES384")]
    [InlineData("RS256")]
    [InlineData("es256")]
    [InlineData("ES256 ")]
    [InlineData("PS256")]
    public void Validate_OtherAlg_IsUnsupportedAlgorithm(string alg)
    {
        Assert.Equal(JwtValidationFailure.UnsupportedAlgorithm, Check(TokenForge.SignEs256(_rawKey, Header(alg), Payload(Claims()))));
    }

    [Theory]
    [InlineData("""{"typ":"JWT","kid":"idp-2026-1"}""")] // no alg
    [InlineData("""{"alg":256,"kid":"idp-2026-1"}""")] // alg not a string
    [InlineData("""{"alg":"ES256","kid":"idp-2026-1","crit":["exp"]}""")] // a critical extension
    [InlineData("""{"alg":"none","alg":"ES256","kid":"idp-2026-1"}""")] // duplicate member
    [InlineData("""["ES256"]""")]
    [InlineData("""not json""")]
    public void Validate_BadHeader_IsMalformed(string headerJson)
    {
        Assert.Equal(JwtValidationFailure.Malformed, Check(TokenForge.SignEs256(_rawKey, headerJson, Payload(Claims()))));
    }

    [Theory]
    [InlineData("""[1,2,3]""")]
    [InlineData("""not json""")]
    [InlineData("""{"iss":"https://idp.sim.local","iss":"https://idp.sim.local"}""")]
    public void Validate_SignedPayloadNotAJsonObject_IsMalformed(string payloadJson)
    {
        Assert.Equal(JwtValidationFailure.Malformed, Check(TokenForge.SignEs256(_rawKey, Header(), payloadJson)));
    }

    [Fact]
    public void Validate_UnknownKid_IsUnknownKey()
    {
        using var other = SigningKey.Generate("someone-elses-key");
        Assert.Equal(JwtValidationFailure.UnknownKey, Check(new JwsSigner(other).Sign(Claims())));
    }

    [Fact]
    public void Validate_NoKid_IsUnknownKey()
    {
        Assert.Equal(JwtValidationFailure.UnknownKey, Check(TokenForge.SignEs256(_rawKey, Header(kid: null), Payload(Claims()))));
        Assert.Equal(JwtValidationFailure.UnknownKey, Check(TokenForge.SignEs256(_rawKey, Header(kid: ""), Payload(Claims()))));
    }

    [Fact]
    public void Validate_EmbeddedJwkInHeader_IsIgnored()
    {
        // An attacker's own key in the header must not be used: the kid decides.
        using var attacker = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = attacker.ExportParameters(false);
        var header = $$$"""{"alg":"ES256","kid":"{{{Kid}}}","jwk":{"kty":"EC","crv":"P-256","x":"{{{TokenForge.B64(p.Q.X!)}}}","y":"{{{TokenForge.B64(p.Q.Y!)}}}"}}""";
        Assert.Equal(JwtValidationFailure.BadSignature, Check(TokenForge.SignEs256(attacker, header, Payload(Claims()))));
    }

    [Fact]
    public void Validate_WrongIssuer_IsWrongIssuer()
    {
        var claims = Claims();
        claims["iss"] = "https://evil.example";
        Assert.Equal(JwtValidationFailure.WrongIssuer, Check(_signer.Sign(claims)));
        claims["iss"] = Issuer + "/";
        Assert.Equal(JwtValidationFailure.WrongIssuer, Check(_signer.Sign(claims)));
        claims.Remove("iss");
        Assert.Equal(JwtValidationFailure.WrongIssuer, Check(_signer.Sign(claims)));
        claims["iss"] = 1;
        Assert.Equal(JwtValidationFailure.WrongIssuer, Check(_signer.Sign(claims)));
    }

    [Fact]
    public void Validate_WrongAudience_IsWrongAudience()
    {
        var claims = Claims();
        claims["aud"] = "journal";
        Assert.Equal(JwtValidationFailure.WrongAudience, Check(_signer.Sign(claims)));
        claims["aud"] = new JsonArray("journal", "samples");
        Assert.Equal(JwtValidationFailure.WrongAudience, Check(_signer.Sign(claims)));
        claims["aud"] = new JsonArray();
        Assert.Equal(JwtValidationFailure.WrongAudience, Check(_signer.Sign(claims)));
        claims.Remove("aud");
        Assert.Equal(JwtValidationFailure.WrongAudience, Check(_signer.Sign(claims)));
    }

    [Fact]
    public void Validate_AudienceArrayContainingExpected_IsValid()
    {
        var claims = Claims();
        claims["aud"] = new JsonArray("journal", Audience);
        var result = _validator.Validate(_signer.Sign(claims));
        Assert.True(result.IsValid);
        Assert.Equal(["journal", Audience], result.Claims.Audiences);
    }

    [Fact]
    public void Validate_Expired_IsExpired()
    {
        var claims = Claims();
        claims["exp"] = Unix(Now.AddMinutes(-5));
        Assert.Equal(JwtValidationFailure.Expired, Check(_signer.Sign(claims)));
    }

    [Fact]
    public void Validate_ExpiredByTheClock_IsExpired()
    {
        var token = _signer.Sign(Claims(TimeSpan.FromSeconds(60)));
        _clock.Now = Now.AddSeconds(89);
        Assert.True(_validator.Validate(token).IsValid); // within the 30 s skew
        _clock.Now = Now.AddSeconds(90);
        Assert.Equal(JwtValidationFailure.Expired, Check(token));
    }

    [Fact]
    public void Validate_ExpiredWithinClockSkew_IsValid()
    {
        var claims = Claims();
        claims["exp"] = Unix(Now.AddSeconds(-10));
        Assert.True(_validator.Validate(_signer.Sign(claims)).IsValid);
    }

    [Fact]
    public void Validate_WithoutOrWithBadExp_IsMalformed()
    {
        var claims = Claims();
        claims.Remove("exp");
        Assert.Equal(JwtValidationFailure.Malformed, Check(_signer.Sign(claims)));
        claims["exp"] = Unix(Now.AddMinutes(1)).ToString(CultureInfo.InvariantCulture);
        Assert.Equal(JwtValidationFailure.Malformed, Check(_signer.Sign(claims)));
        claims["exp"] = 1e300;
        Assert.Equal(JwtValidationFailure.Malformed, Check(_signer.Sign(claims)));
    }

    [Fact]
    public void Validate_FractionalExp_IsRead()
    {
        var claims = Claims();
        claims["exp"] = Unix(Now.AddMinutes(1)) + 0.5;
        Assert.True(_validator.Validate(_signer.Sign(claims)).IsValid);
    }

    [Fact]
    public void Validate_NotBeforeInTheFuture_IsNotYetValid()
    {
        var claims = Claims();
        claims["nbf"] = Unix(Now.AddMinutes(2));
        claims["exp"] = Unix(Now.AddMinutes(5));
        Assert.Equal(JwtValidationFailure.NotYetValid, Check(_signer.Sign(claims)));
    }

    [Fact]
    public void Validate_IssuedInTheFuture_IsNotYetValid()
    {
        var claims = Claims();
        claims.Remove("nbf");
        claims["iat"] = Unix(Now.AddMinutes(2));
        claims["exp"] = Unix(Now.AddMinutes(5));
        Assert.Equal(JwtValidationFailure.NotYetValid, Check(_signer.Sign(claims)));
    }

    [Fact]
    public void Validate_NotBeforeWithinClockSkew_IsValid()
    {
        var claims = Claims();
        claims["nbf"] = Unix(Now.AddSeconds(20));
        claims["iat"] = Unix(Now.AddSeconds(20));
        Assert.True(_validator.Validate(_signer.Sign(claims)).IsValid);
    }

    [Fact]
    public void Validate_WithoutNbfAndIat_IsValid()
    {
        var claims = Claims();
        claims.Remove("nbf");
        claims.Remove("iat");
        var result = _validator.Validate(_signer.Sign(claims));
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
    public void Validate_NotThreeParts_IsMalformed(string? token)
    {
        Assert.Equal(JwtValidationFailure.Malformed, Check(token));
    }

    [Fact]
    public void Validate_TwoPartToken_IsMalformed()
    {
        var parts = TokenForge.Parts(_signer.Sign(Claims()));
        Assert.Equal(JwtValidationFailure.Malformed, Check(parts[0] + "." + parts[1]));
    }

    [Fact]
    public void Validate_FourPartToken_IsMalformed()
    {
        Assert.Equal(JwtValidationFailure.Malformed, Check(_signer.Sign(Claims()) + ".x"));
    }

    [Theory]
    [InlineData("=")] // padding
    [InlineData(" ")] // whitespace
    [InlineData("+")] // base64, not base64url
    [InlineData("/")]
    public void Validate_NotBase64Url_IsMalformed(string insert)
    {
        var parts = TokenForge.Parts(_signer.Sign(Claims()));
        Assert.Equal(JwtValidationFailure.Malformed, Check(parts[0] + insert + "." + parts[1] + "." + parts[2]));
        Assert.Equal(JwtValidationFailure.Malformed, Check(parts[0] + "." + parts[1] + insert + "." + parts[2]));
        Assert.Equal(JwtValidationFailure.Malformed, Check(parts[0] + "." + parts[1] + "." + parts[2] + insert));
    }

    [Fact]
    public void Validate_NonCanonicalSignatureEncoding_IsMalformed()
    {
        var parts = TokenForge.Parts(_signer.Sign(Claims()));
        // 64 bytes take 86 characters; the last one carries 4 unused bits. Setting one decodes to the same bytes.
        var last = parts[2][^1];
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var twin = alphabet[alphabet.IndexOf(last, StringComparison.Ordinal) ^ 1];
        Assert.Equal(JwtValidationFailure.Malformed, Check(parts[0] + "." + parts[1] + "." + parts[2][..^1] + twin));
    }

    [Fact]
    public void Validate_TooLong_IsMalformed()
    {
        var claims = Claims();
        claims["padding"] = new string('x', 20_000);
        Assert.Equal(JwtValidationFailure.Malformed, Check(_signer.Sign(claims)));
    }

    [Fact]
    public void ToString_ResultAndClaims_NeverShowTheContents()
    {
        var claims = Claims();
        claims["personnummer"] = "191212121212";
        var result = _validator.Validate(_signer.Sign(claims));
        Assert.DoesNotContain("1212", result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1212", result.Claims!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("subject", result.Claims!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_NotAJsonObject_Throws()
    {
        Assert.Throws<ArgumentException>(() => _signer.Sign("[1]"u8));
        Assert.Throws<ArgumentException>(() => _signer.Sign("{} {}"u8));
        Assert.Throws<ArgumentException>(() => _signer.Sign("{"u8));
        Assert.Throws<ArgumentException>(() => _signer.Sign(""u8));
    }

    [Fact]
    public void Sign_Utf8Payload_KeepsTheBytes()
    {
        var token = _signer.Sign("""{"iss":"https://idp.sim.local","aud":"integration-hub","exp":1793534460,"name":"Åsa"}"""u8);
        var result = _validator.Validate(token);
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("Åsa", result.Claims.GetString("name"));
    }
}
