using Refit;

namespace IntegrationHub.Adapters.Http;

/// <summary>The Refit settings of every client.</summary>
internal static class AdapterRefit
{
    /// <summary>
    /// JSON as <see cref="AdapterJson"/> says; a failure to get an answer at all (connection, time-out, open circuit)
    /// comes out as its own exception rather than wrapped in Refit's <see cref="ApiRequestException"/>, which would
    /// carry the request's URL (with a personnummer, for the registry) into whatever logs the exception.
    /// </summary>
    public static RefitSettings Settings { get; } = new(new SystemTextJsonContentSerializer(AdapterJson.Options))
    {
        TransportExceptionFactory = static (_, exception, _) => exception,
    };
}
