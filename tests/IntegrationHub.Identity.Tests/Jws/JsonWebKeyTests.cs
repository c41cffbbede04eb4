using System.Security.Cryptography;
using System.Text.Json;
using IntegrationHub.Identity.Jws;

namespace IntegrationHub.Identity.Tests.Jws;

public sealed class JsonWebKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static JwtValidator Validator(IVerificationKeyResolver keys) =>
        new(new JwtValidationOptions { Issuer = "idp", Audience = "hub" }, keys, new ManualTimeProvider(Now));

    private static string Token(SigningKey key) =>
        new JwsSigner(key).Sign(JwtPayload.Create("idp", "hub", "s", Now, TimeSpan.FromSeconds(60)));

    [Fact]
    public void ExportPublicJwk_Key_IsEcP256WithoutPrivatePart()
    {
        using var key = SigningKey.Generate("k1");
        var jwk = key.ExportPublicJwk();
        Assert.Equal("EC", jwk.Kty);
        Assert.Equal("P-256", jwk.Crv);
        Assert.Equal("k1", jwk.Kid);
        Assert.Equal("sig", jwk.Use);
        Assert.Equal("ES256", jwk.Alg);
        Assert.Equal(43, jwk.X.Length);
        Assert.Equal(43, jwk.Y.Length);

        var json = new JsonWebKeySet([jwk]).ToJson();
        using var doc = JsonDocument.Parse(json);
        var member = doc.RootElement.GetProperty("keys")[0];
        Assert.False(member.TryGetProperty("d", out _));
        Assert.Equal("EC", member.GetProperty("kty").GetString());

        // The record serializes with the JWK member names too (e.g. when a simulator returns it as JSON).
        Assert.Contains("\"kty\":\"EC\"", JsonSerializer.Serialize(jwk), StringComparison.Ordinal);
    }

    [Fact]
    public void FromJwks_ExportedJsonRoundTrip_VerifiesASignature()
    {
        using var key = SigningKey.Generate("idp-1");
        var published = new JsonWebKeySet([key.ExportPublicJwk()]).ToJson();

        using var loaded = VerificationKeySet.FromJwks(published);
        var result = Validator(loaded).Validate(Token(key));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(key.ExportPublicJwk(), loaded.Find("idp-1")!.ToJwk());
    }

    [Fact]
    public void FromJwks_SerializerRoundTrip_VerifiesASignature()
    {
        using var key = SigningKey.Generate("idp-1");
        var json = JsonSerializer.Serialize(new JsonWebKeySet([key.ExportPublicJwk()]));
        var set = JsonSerializer.Deserialize<JsonWebKeySet>(json)!;
        using var loaded = VerificationKeySet.FromJwks(set);
        Assert.True(Validator(loaded).Validate(Token(key)).IsValid);
    }

    [Fact]
    public void FromJwks_SeveralKeys_FindsEachByKid()
    {
        using var a = SigningKey.Generate("a");
        using var b = SigningKey.Generate("b");
        using var loaded = VerificationKeySet.FromJwks(new JsonWebKeySet([a.ExportPublicJwk(), b.ExportPublicJwk()]).ToJson());
        Assert.Equal(2, loaded.Count);
        Assert.True(Validator(loaded).Validate(Token(a)).IsValid);
        Assert.True(Validator(loaded).Validate(Token(b)).IsValid);
        Assert.Null(loaded.Find("c"));
    }

    [Fact]
    public void FromJwks_AnotherKeysJwkUnderTheSameKid_FailsTheSignature()
    {
        using var real = SigningKey.Generate("k");
        using var other = SigningKey.Generate("k");
        using var loaded = VerificationKeySet.FromJwks(new JsonWebKeySet([other.ExportPublicJwk()]));
        Assert.Equal(JwtValidationFailure.BadSignature, Validator(loaded).Validate(Token(real)).Failure);
    }

    [Fact]
    public void FromPem_ExportedPrivateKey_SignsVerifiably()
    {
        using var key = SigningKey.Generate("k");
        using var again = SigningKey.FromPem("k", key.ExportPkcs8Pem());
        using var keys = new VerificationKeySet([key.ToVerificationKey()]);
        Assert.True(Validator(keys).Validate(Token(again)).IsValid);
        Assert.Equal(key.ExportPublicJwk(), again.ExportPublicJwk());
    }

    [Fact]
    public void FromPem_OtherCurve_Throws()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        Assert.Throws<ArgumentException>(() => SigningKey.FromPem("k", p384.ExportPkcs8PrivateKeyPem()));
        Assert.Throws<ArgumentException>(() => SigningKey.FromPem("k", "not a pem"));
    }

    [Fact]
    public void FromJwk_BadKeys_Throw()
    {
        using var key = SigningKey.Generate("k");
        var good = key.ExportPublicJwk();
        Assert.Throws<ArgumentException>(() => VerificationKey.FromJwk(good with { Kty = "RSA" }));
        Assert.Throws<ArgumentException>(() => VerificationKey.FromJwk(good with { Crv = "P-384" }));
        Assert.Throws<ArgumentException>(() => VerificationKey.FromJwk(good with { Kid = "" }));
        Assert.Throws<ArgumentException>(() => VerificationKey.FromJwk(good with { Use = "enc" }));
        Assert.Throws<ArgumentException>(() => VerificationKey.FromJwk(good with { Alg = "HS256" }));
        Assert.Throws<ArgumentException>(() => VerificationKey.FromJwk(good with { X = good.X[..40] }));
        Assert.Throws<ArgumentException>(() => VerificationKey.FromJwk(good with { X = good.X + "=" }));
        Assert.Throws<ArgumentException>(() => VerificationKey.FromJwk(good with { Y = good.X })); // not on the curve
        using var ok = VerificationKey.FromJwk(good with { Use = null, Alg = null });
        Assert.Equal("k", ok.KeyId);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"keys":{}}""")]
    [InlineData("""{"keys":[1]}""")]
    [InlineData("""{"keys":[{"kty":"EC","crv":"P-256","x":"a"}]}""")]
    [InlineData("not json")]
    public void Parse_NotAJwkSet_ThrowsFormatException(string json)
    {
        Assert.Throws<FormatException>(() => JsonWebKeySet.Parse(json));
    }

    [Fact]
    public void VerificationKeySet_DuplicateKid_Throws()
    {
        using var a = SigningKey.Generate("same");
        using var b = SigningKey.Generate("same");
        Assert.Throws<ArgumentException>(() => new VerificationKeySet([a.ToVerificationKey(), b.ToVerificationKey()]));
    }

    [Fact]
    public void ToJwks_Set_ListsItsPublicKeys()
    {
        using var a = SigningKey.Generate("a");
        using var set = new VerificationKeySet([a.ToVerificationKey()]);
        Assert.Equal([a.ExportPublicJwk()], set.ToJwks().Keys);
    }
}
