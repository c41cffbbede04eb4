using IntegrationHub.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace IntegrationHub.Silo.Tests.Hosting;

/// <summary>
/// <c>Hub:GrainCollectionAge</c> and <c>Hub:GrainCollectionQuantum</c> reach Orleans' <see cref="GrainCollectionOptions"/>;
/// unset, Orleans' own defaults stay. The silos are built, not started.
/// </summary>
public sealed class HubSiloCollectionTests
{
    private static readonly string PseudonymKey = $"--Hub:PseudonymKey={Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))}";

    [Fact]
    public async Task Create_WithCollectionAgeAndQuantum_ConfiguresGrainCollection()
    {
        await using var app = Postgres("--Hub:GrainCollectionAge=00:02:00", "--Hub:GrainCollectionQuantum=00:00:15");

        var collection = app.Services.GetRequiredService<IOptions<GrainCollectionOptions>>().Value;

        Assert.Equal(TimeSpan.FromMinutes(2), collection.CollectionAge);
        Assert.Equal(TimeSpan.FromSeconds(15), collection.CollectionQuantum);
    }

    [Fact]
    public async Task Create_WithoutCollectionSettings_KeepsOrleansDefaults()
    {
        await using var app = Postgres();

        var collection = app.Services.GetRequiredService<IOptions<GrainCollectionOptions>>().Value;
        var defaults = new GrainCollectionOptions();

        Assert.Equal(defaults.CollectionAge, collection.CollectionAge);
        Assert.Equal(defaults.CollectionQuantum, collection.CollectionQuantum);
    }

    private static WebApplication Postgres(params string[] more) => HubSiloApplication.Create(
    [
        "--Hub:Store=postgres",
        "--ConnectionStrings:Hub=Host=127.0.0.1;Database=never-opened",
        PseudonymKey,
        .. more,
    ]);
}
