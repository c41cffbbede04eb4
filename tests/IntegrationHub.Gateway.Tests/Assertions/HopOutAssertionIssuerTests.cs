using IntegrationHub.Gateway.Assertions;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Gateway.HopOuts;
using IntegrationHub.Gateway.Tests.Hosting;
using IntegrationHub.Identity;
using IntegrationHub.Identity.Tokens;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Tests.Assertions;

/// <summary>
/// The hop-out assertion is signed once per session, service and acting person and reused while at least half of its
/// 60 s lifetime remains by the hub's clock; it never crosses a session, a service or an acting person.
/// </summary>
public sealed class HopOutAssertionIssuerTests : IDisposable
{
    private const string Session = "session-key-one";
    private const string OtherSession = "session-key-two";
    private const string Service = "journal";

    private readonly ManualClock clock = new(GatewayFixture.Now);
    private readonly GatewaySigningKeys keys;
    private readonly HopOutAssertionIssuer issuer;

    public HopOutAssertionIssuerTests()
    {
        var options = Options.Create(new HubGatewayOptions { Issuer = GatewayFixture.Issuer });
        keys = new GatewaySigningKeys(options);
        issuer = new HopOutAssertionIssuer(keys, options, new HubClock(clock));
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public void Issue_SameSessionAndServiceWithinHalfTheLifetime_ReusesTheAssertion()
    {
        var first = issuer.Issue(Service, Resident(Session));
        clock.Advance(TimeSpan.FromSeconds(29));

        var second = issuer.Issue(Service, Resident(Session));

        Assert.Equal(first, second);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task Issue_ReusedAssertion_IsStillValidForAtLeastHalfItsLifetime()
    {
        issuer.Issue(Service, Resident(Session));
        clock.Advance(TimeSpan.FromSeconds(29));

        var reused = issuer.Issue(Service, Resident(Session));

        var valid = await Validator(Service, GatewayFixture.Now.AddSeconds(29 + 30)).ValidateAsync(reused);
        Assert.True(valid.IsValid, valid.ToString());
        Assert.Equal(TestAuthorizer.Resident, valid.Claims!.Subject);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task Issue_PastHalfTheLifetime_SignsAFreshAssertion()
    {
        var first = issuer.Issue(Service, Resident(Session));
        clock.Advance(TimeSpan.FromSeconds(30));

        var second = issuer.Issue(Service, Resident(Session));

        Assert.NotEqual(first, second);
        var claims = (await Validator(Service, clock.GetUtcNow()).ValidateAsync(second)).Claims!;
        Assert.Equal(GatewayFixture.Now.AddSeconds(30), claims.IssuedAt);
        Assert.NotEqual((await Validator(Service, GatewayFixture.Now).ValidateAsync(first)).Claims!.JwtId, claims.JwtId);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public void Issue_ClockMovedBackBeforeTheIssue_SignsAFreshAssertion()
    {
        var first = issuer.Issue(Service, Resident(Session));
        clock.Advance(TimeSpan.FromSeconds(-5));

        var second = issuer.Issue(Service, Resident(Session));

        Assert.NotEqual(first, second);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task Issue_OtherService_GetsItsOwnAssertion()
    {
        var journal = issuer.Issue(Service, Resident(Session));

        var samples = issuer.Issue("samples", Resident(Session));

        Assert.NotEqual(journal, samples);
        Assert.True((await Validator("samples", clock.GetUtcNow()).ValidateAsync(samples)).IsValid);
        Assert.Equal(JwtValidationFailure.WrongAudience, (await Validator("samples", clock.GetUtcNow()).ValidateAsync(journal)).Failure);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public void Issue_OtherSessionOfTheSamePerson_GetsItsOwnAssertion()
    {
        var one = issuer.Issue(Service, Resident(Session));

        var other = issuer.Issue(Service, Resident(OtherSession));

        Assert.NotEqual(one, other);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    [Trait("Rule", "PX3")]
    public async Task Issue_ActingForAChildInTheSameSession_GetsItsOwnAssertion()
    {
        var own = issuer.Issue(Service, HopOutDecision.Allow(TestAuthorizer.Guardian, session: Session));

        var forChild = issuer.Issue(Service, HopOutDecision.Allow(TestAuthorizer.Guardian, actingFor: TestAuthorizer.Child, session: Session));
        var ownAgain = issuer.Issue(Service, HopOutDecision.Allow(TestAuthorizer.Guardian, session: Session));

        Assert.NotEqual(own, forChild);
        Assert.Equal(own, ownAgain);
        var claims = (await Validator(Service, clock.GetUtcNow()).ValidateAsync(forChild)).Claims!;
        Assert.Equal(TestAuthorizer.Child, claims.Subject);
        Assert.Equal(TestAuthorizer.Guardian, claims.GetString("act"));
        Assert.Equal(TestAuthorizer.Guardian, (await Validator(Service, clock.GetUtcNow()).ValidateAsync(own)).Claims!.Subject);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public void Issue_DecisionWithoutSession_SignsEveryTime()
    {
        var first = issuer.Issue(Service, HopOutDecision.Allow(TestAuthorizer.Resident));

        var second = issuer.Issue(Service, HopOutDecision.Allow(TestAuthorizer.Resident));

        Assert.NotEqual(first, second);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public void Issue_DecisionWithExtraClaims_SignsEveryTime()
    {
        var claims = new Dictionary<string, string>(StringComparer.Ordinal) { ["level"] = "substantial" };
        var first = issuer.Issue(Service, HopOutDecision.Allow(TestAuthorizer.Resident, extraClaims: claims, session: Session));

        var second = issuer.Issue(Service, HopOutDecision.Allow(TestAuthorizer.Resident, extraClaims: claims, session: Session));

        Assert.NotEqual(first, second);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public void Issue_CacheTurnedOff_SignsEveryTime()
    {
        var options = Options.Create(new HubGatewayOptions { Issuer = GatewayFixture.Issuer, AssertionCacheEntries = 0 });
        using var uncached = new HopOutAssertionIssuer(keys, options, new HubClock(clock));

        var first = uncached.Issue(Service, Resident(Session));
        var second = uncached.Issue(Service, Resident(Session));

        Assert.NotEqual(first, second);
    }

    public void Dispose()
    {
        issuer.Dispose();
        keys.Dispose();
    }

    private static HopOutDecision Resident(string session) => HopOutDecision.Allow(TestAuthorizer.Resident, session: session);

    private JwtValidator Validator(string audience, DateTimeOffset at) =>
        new(new JwtValidationOptions { Issuer = GatewayFixture.Issuer, Audience = audience, ClockSkew = TimeSpan.Zero }, keys.Key.PublicKeys, new ManualClock(at));
}
