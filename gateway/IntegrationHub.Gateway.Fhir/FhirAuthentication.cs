using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// <c>/fhir/r4</c> authenticates with ASP.NET Core's JwtBearer (scheme <see cref="Scheme"/>, the hub's own access tokens)
/// and authorizes with <see cref="FhirPolicies"/>. The scheme is never a default: it runs only for endpoints whose policy
/// names it, so <c>/api</c>, <c>/staff</c>, <c>/auth</c> and <c>/hop</c> (cookie sessions through the session gate)
/// never see it.
/// </summary>
public static class FhirAuthentication
{
    public const string Scheme = "FhirBearer";

    // Since .NET 7 a sole registered scheme becomes every default, and the authentication middleware would then run it on
    // every request; this documented switch turns that off (the hub names its schemes where they apply).
    private const string SuppressAutoDefaultScheme = "Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme";

    internal static IServiceCollection AddFhirAuthentication(this IServiceCollection services)
    {
        AppContext.SetSwitch(SuppressAutoDefaultScheme, isEnabled: true);
        services.TryAddSingleton<FhirBearerEvents>();
        services.AddAuthentication().AddJwtBearer(Scheme, options =>
        {
            options.MapInboundClaims = false;
            options.IncludeErrorDetails = false;
            options.EventsType = typeof(FhirBearerEvents);
        });
        services.AddOptions<JwtBearerOptions>(Scheme)
            .Configure<FhirTokenService>((options, tokens) => options.TokenValidationParameters = tokens.AccessTokenParameters);
        services.AddAuthorization(FhirPolicies.AddTo);
        return services;
    }
}
