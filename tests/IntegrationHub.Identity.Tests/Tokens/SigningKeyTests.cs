using System.Security.Cryptography;
using System.Text.Json;
using IntegrationHub.Identity.Tokens;

namespace IntegrationHub.Identity.Tests.Tokens;

/// <summary>The hub's ES256 keys: generated or from PEM, published as a JWK Set, and read back from one.</summary>
public sealed class SigningKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static JwtValidator Validator(VerificationKeySet keys) =>
        new(new JwtValidationOptions { Issuer = "idp", Audience = "hub" }, keys, new ManualTimeProvider(Now));

    private static string Token(SigningKey key) => key.CreateToken("idp", "hub", "s", Now, TimeSpan.FromSeconds(60));

    [Fact]
    public void ExportPublicJwksJson_Key_IsOneEcP256KeyWithoutPrivatePart()
    {
        using var key = SigningKey.Generate("k1");

        using var doc = JsonDocument.Parse(key.ExportPublicJwksJson());

        var jwk = Assert.Single(doc.RootElement.GetProperty("keys").EnumerateArray());
        Assert.Equal("EC", jwk.GetProperty("kty").GetString());
        Assert.Equal("P-256", jwk.GetProperty("crv").GetString());
        Assert.Equal("k1", jwk.GetProperty("kid").GetString());
        Assert.Equal("sig", jwk.GetProperty("use").GetString());
        Assert.Equal("ES256", jwk.GetProperty("alg").GetString());
        Assert.Equal(43, jwk.GetProperty("x").GetString()!.Length);
        Assert.Equal(43, jwk.GetProperty("y").GetString()!.Length);
        Assert.False(jwk.TryGetProperty("d", out _));
        Assert.False(jwk.TryGetProperty("key_ops", out _)); // an empty key_ops would allow no operation at all
    }

    [Fact]
    public async Task FromJwks_PublishedJson_VerifiesATokenOfTheKey()
    {
        using var key = SigningKey.Generate("idp-1");

        var loaded = VerificationKeySet.FromJwks(key.ExportPublicJwksJson());

        Assert.True((await Validator(loaded).ValidateAsync(Token(key))).IsValid);
        Assert.NotNull(loaded.Find("idp-1"));
        Assert.Null(loaded.Find("idp-2"));
    }

    [Fact]
    public async Task FromJwks_SeveralKeys_VerifiesEachByKid()
    {
        using var a = SigningKey.Generate("a");
        using var b = SigningKey.Generate("b");
        var json = $$"""{"keys":[{{JwkOf(a)}},{{JwkOf(b)}}]}""";

        var loaded = VerificationKeySet.FromJwks(json);

        Assert.Equal(2, loaded.Count);
        Assert.True((await Validator(loaded).ValidateAsync(Token(a))).IsValid);
        Assert.True((await Validator(loaded).ValidateAsync(Token(b))).IsValid);
    }

    [Fact]
    public async Task FromJwks_AnotherKeyUnderTheSameKid_FailsTheSignature()
    {
        using var real = SigningKey.Generate("k");
        using var other = SigningKey.Generate("k");

        var loaded = VerificationKeySet.FromJwks(other.ExportPublicJwksJson());

        Assert.Equal(JwtValidationFailure.BadSignature, (await Validator(loaded).ValidateAsync(Token(real))).Failure);
    }

    [Fact]
    public void FromJwks_KeysNotForEs256Signatures_AreLeftOut()
    {
        using var key = SigningKey.Generate("k");
        var good = JwkOf(key);
        string With(string member, string value) => good.Replace($"\"{member}\":\"{Member(good, member)}\"", $"\"{member}\":\"{value}\"", StringComparison.Ordinal);

        Assert.Equal(1, VerificationKeySet.FromJwks($$"""{"keys":[{{good}}]}""").Count);
        Assert.Equal(0, VerificationKeySet.FromJwks($$"""{"keys":[{{With("crv", "P-384")}}]}""").Count);
        Assert.Equal(0, VerificationKeySet.FromJwks($$"""{"keys":[{{With("use", "enc")}}]}""").Count);
        Assert.Equal(0, VerificationKeySet.FromJwks($$"""{"keys":[{{With("alg", "HS256")}}]}""").Count);
        Assert.Equal(0, VerificationKeySet.FromJwks($$"""{"keys":[{{With("kid", "")}}]}""").Count);
        Assert.Equal(0, VerificationKeySet.FromJwks($$"""{"keys":[{{With("y", Member(good, "x"))}}]}""").Count); // not on the curve
        using var rsa = RSA.Create(2048);
        var n = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(rsa.ExportParameters(false).Modulus);
        Assert.Equal(0, VerificationKeySet.FromJwks($$"""{"keys":[{"kty":"RSA","kid":"r","n":"{{n}}","e":"AQAB"}]}""").Count);
    }

    [Fact]
    public void FromJwks_PublishedPrivateKey_IsLeftOut()
    {
        using var key = SigningKey.Generate("k");
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(key.ExportPkcs8Pem());
        var d = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(ecdsa.ExportParameters(true).D);
        var withD = JwkOf(key).Replace("\"kty\"", $"\"d\":\"{d}\",\"kty\"", StringComparison.Ordinal);

        Assert.Equal(0, VerificationKeySet.FromJwks($$"""{"keys":[{{withD}}]}""").Count);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"keys":{}}""")]
    [InlineData("not json")]
    public void FromJwks_NotAJwkSet_ThrowsFormatException(string json)
    {
        Assert.Throws<FormatException>(() => VerificationKeySet.FromJwks(json));
    }

    [Fact]
    public void FromJwks_DuplicateKid_Throws()
    {
        using var a = SigningKey.Generate("same");
        using var b = SigningKey.Generate("same");

        Assert.Throws<ArgumentException>(() => VerificationKeySet.FromJwks($$"""{"keys":[{{JwkOf(a)}},{{JwkOf(b)}}]}"""));
    }

    [Fact]
    public async Task FromPem_ExportedPrivateKey_SignsVerifiably()
    {
        using var key = SigningKey.Generate("k");

        using var again = SigningKey.FromPem("k", key.ExportPkcs8Pem());

        Assert.True((await Validator(key.PublicKeys).ValidateAsync(Token(again))).IsValid);
        Assert.Equal(key.ExportPublicJwksJson(), again.ExportPublicJwksJson());
    }

    [Fact]
    public async Task FromPem_SameKeyAfterAnotherInstanceWasDisposed_StillSignsAndVerifies()
    {
        using var original = SigningKey.Generate("k");
        var pem = original.ExportPkcs8Pem();
        using (var first = SigningKey.FromPem("k", pem))
        {
            Assert.True((await Validator(first.PublicKeys).ValidateAsync(Token(first))).IsValid);
        }

        using var second = SigningKey.FromPem("k", pem);

        Assert.True((await Validator(second.PublicKeys).ValidateAsync(Token(second))).IsValid);
        Assert.True((await Validator(VerificationKeySet.FromJwks(second.ExportPublicJwksJson())).ValidateAsync(Token(second))).IsValid);
    }

    [Fact]
    public void FromPem_OtherCurveOrNotAKey_Throws()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Throws<ArgumentException>(() => SigningKey.FromPem("k", p384.ExportPkcs8PrivateKeyPem()));
        Assert.Throws<ArgumentException>(() => SigningKey.FromPem("k", "not a pem"));
    }

    private static string JwkOf(SigningKey key)
    {
        using var doc = JsonDocument.Parse(key.ExportPublicJwksJson());
        return doc.RootElement.GetProperty("keys")[0].GetRawText();
    }

    private static string Member(string jwk, string name)
    {
        using var doc = JsonDocument.Parse(jwk);
        return doc.RootElement.GetProperty(name).GetString()!;
    }
}
