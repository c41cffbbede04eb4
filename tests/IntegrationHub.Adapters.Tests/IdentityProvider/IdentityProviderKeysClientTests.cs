using System.Net.Http.Json;
using IntegrationHub.Adapters.IdentityProvider;
using IntegrationHub.Identity.Tokens;
using IntegrationHub.Simulators.IdentityProvider;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Adapters.Tests.IdentityProvider;

public sealed class IdentityProviderKeysClientTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.Parse("2025-03-01T08:00:00Z"));
    private IdentityProviderSimulator _idp = null!;

    public async Task InitializeAsync() => _idp = await IdentityProviderSimulator.StartAsync(_clock, CancellationToken.None);

    public async Task DisposeAsync() => await _idp.DisposeAsync();

    [Fact]
    public async Task GetKeysAsync_ResidentAssertion_VerifiesWithJwtValidator()
    {
        using var services = Services();
        var keys = Keys(services);
        var assertion = _idp.SignResident(TestPeople.Tolvan.Value, "bankid");

        var result = await Validator(keys, await keys.GetKeysAsync(CancellationToken.None)).ValidateAsync(assertion);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(_idp.Issuer, keys.Issuer);
        Assert.Equal(TestPeople.Tolvan.Value, result.Claims.GetString(AssertionClaims.Subject));
        Assert.Equal("bankid", result.Claims.GetString(AssertionClaims.Method));
        Assert.Equal(_clock.GetUtcNow().AddMinutes(5), result.Claims.ExpiresAt);
        Assert.NotNull(result.Claims.JwtId);
    }

    [Fact]
    public async Task SignStaff_OverHttpControl_VerifiesWithSithsMethod()
    {
        using var services = Services();
        var keys = Keys(services);
        using var http = new HttpClient { BaseAddress = _idp.BaseAddress };
        using var response = await http.PostAsJsonAsync("control/staff", new { hsaId = "SE2321000016-A001" });
        var assertion = (await response.Content.ReadFromJsonAsync<AssertionResponse>())!.Assertion;

        var result = await Validator(keys, await keys.GetKeysAsync(CancellationToken.None)).ValidateAsync(assertion);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("SE2321000016-A001", result.Claims.Subject);
        Assert.Equal(AssertionClaims.SithsMethod, result.Claims.GetString(AssertionClaims.Method));
    }

    [Fact]
    public async Task GetKeysAsync_WithinCacheDuration_FetchesOnce()
    {
        using var services = Services();
        var keys = Keys(services);

        await keys.GetKeysAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(4));
        await keys.GetKeysAsync(CancellationToken.None);

        Assert.Equal(1, _idp.RequestCount);
    }

    [Fact]
    public async Task GetKeysAsync_AfterCacheDuration_FetchesAgain()
    {
        using var services = Services();
        var keys = Keys(services);

        await keys.GetKeysAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(6));
        await keys.GetKeysAsync(CancellationToken.None);

        Assert.Equal(2, _idp.RequestCount);
    }

    [Fact]
    public async Task GetKeysAsync_UnknownKeyId_FetchesAgainAtMostOncePerInterval()
    {
        using var services = Services();
        var keys = Keys(services);
        await keys.GetKeysAsync(CancellationToken.None);

        await keys.GetKeysAsync("rotated-key", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(11));
        await keys.GetKeysAsync("rotated-key", CancellationToken.None);
        await keys.GetKeysAsync(_idp.KeyId, CancellationToken.None);

        Assert.Equal(2, _idp.RequestCount);
    }

    [Fact]
    public async Task GetKeysAsync_ProviderUnavailableWithNothingCached_ThrowsIdentityProviderUnavailableException()
    {
        _idp.SetAvailable(false);
        using var services = Services();

        await Assert.ThrowsAsync<IdentityProviderUnavailableException>(() => Keys(services).GetKeysAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetKeysAsync_Answered503OnceWhileClockStandsStill_RetriesAndFetchesKeys()
    {
        _idp.FailNextRequests(1);
        using var services = Services();

        var keys = await Keys(services).GetKeysAsync(CancellationToken.None);

        Assert.NotNull(keys.Find(_idp.KeyId));
        Assert.Equal(2, _idp.RequestCount);
    }

    private static IIdentityProviderKeys Keys(ServiceProvider services) => services.GetRequiredService<IIdentityProviderKeys>();

    private JwtValidator Validator(IIdentityProviderKeys keys, VerificationKeySet set) =>
        new(new JwtValidationOptions { Issuer = keys.Issuer, Audience = IdentityProviderSimulator.DefaultAudience }, set, _clock);

    private ServiceProvider Services() => AdapterServices.Create(
        o =>
        {
            o.IdentityProvider.BaseAddress = _idp.BaseAddress;
            o.IdentityProvider.RetryDelay = TimeSpan.FromMilliseconds(1);
        },
        _clock);
}
