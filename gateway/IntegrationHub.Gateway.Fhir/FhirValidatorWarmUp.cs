using IntegrationHub.Fhir.Validation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// Compiles the R4 profiles of the resources the hub takes in (seconds) in the background at start, so that the first
/// POST does not pay for it.
/// </summary>
internal sealed partial class FhirValidatorWarmUp(FhirResourceValidator validator, ILogger<FhirValidatorWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            try
            {
                validator.WarmUp();
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // Not fatal here: the first request that needs the profiles will try again, and fail loudly then.
                LogWarmUpFailed(logger, e);
            }
        },
        stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The FHIR validator could not be warmed up; the first FHIR request will compile the profiles")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
