using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// JwtBearer's events for <c>/fhir/r4</c>: a valid access token becomes its <see cref="FhirCaller"/> (or is refused when
/// its client is no longer registered), and the refusals are OperationOutcomes as API.md asks: 401 without a valid token,
/// 403 when its scopes do not allow the interaction.
/// </summary>
internal sealed class FhirBearerEvents(FhirTokenService tokens) : JwtBearerEvents
{
    public override Task TokenValidated(TokenValidatedContext context)
    {
        if (context.SecurityToken is JsonWebToken token && tokens.CallerOf(token) is { } caller)
        {
            context.Principal = caller.ToPrincipal();
            context.Success();
        }
        else
        {
            context.Fail("The token's client is not registered.");
        }

        return Task.CompletedTask;
    }

    public override Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var diagnostics = context.Request.Headers.Authorization.Count == 0
            ? "A bearer access token is required."
            : "The access token is not valid: expired, not issued by this hub, or for a client it does not know.";
        return FhirResults.Unauthorized(diagnostics).ExecuteAsync(context.HttpContext);
    }

    public override Task Forbidden(ForbiddenContext context)
    {
        var needed = context.HttpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(a => a.Policy).OfType<string>().FirstOrDefault();
        return FhirResults.Forbidden(needed is null ? "The token's scopes do not allow this." : $"The token's scopes do not allow this; it needs {needed}.")
            .ExecuteAsync(context.HttpContext);
    }
}
