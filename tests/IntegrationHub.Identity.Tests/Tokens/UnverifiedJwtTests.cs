using IntegrationHub.Identity.Tokens;

namespace IntegrationHub.Identity.Tests.Tokens;

public sealed class UnverifiedJwtTests
{
    [Fact]
    public void TryRead_TokenOfAKey_ReadsIssuerAndKid()
    {
        using var key = SigningKey.Generate("k1");

        Assert.True(UnverifiedJwt.TryRead(key.CreateToken("idp", "hub", "s", DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(1)), out var issuer, out var keyId));

        Assert.Equal("idp", issuer);
        Assert.Equal("k1", keyId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("a.b.c.d.e")]
    [InlineData("..")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9..")]
    [InlineData("e30.W10.")] // {} and []
    [InlineData("bm90IGpzb24.e30.")] // "not json" and {}
    public void TryRead_NotACompactJws_IsFalse(string? token)
    {
        Assert.False(UnverifiedJwt.TryRead(token, out _, out _));
    }
}
