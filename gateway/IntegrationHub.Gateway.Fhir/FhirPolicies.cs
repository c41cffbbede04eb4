using Microsoft.AspNetCore.Authorization;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// One authorization policy per interaction the API serves, named by the scope it needs (<c>system/Patient.read</c>) and
/// met by any scope of the caller that allows it (<c>system/*.read</c>, <c>system/Patient.*</c> too). Each endpoint names
/// its policy with <c>RequireAuthorization</c>; only <c>metadata</c> and the token endpoint name none.
/// </summary>
internal static class FhirPolicies
{
    public const string PatientRead = "system/Patient.read";

    public const string FlagRead = "system/Flag.read";

    public const string RelatedPersonRead = "system/RelatedPerson.read";

    public const string AuditEventRead = "system/AuditEvent.read";

    public const string ConsentRead = "system/Consent.read";

    public const string ConsentWrite = "system/Consent.write";

    public const string CommunicationWrite = "system/Communication.write";

    public const string TaskRead = "system/Task.read";

    public const string AppointmentRead = "system/Appointment.read";

    public const string AppointmentWrite = "system/Appointment.write";

    private static readonly string[] All =
        [PatientRead, FlagRead, RelatedPersonRead, AuditEventRead, ConsentRead, ConsentWrite, CommunicationWrite, TaskRead, AppointmentRead, AppointmentWrite];

    public static void AddTo(AuthorizationOptions options)
    {
        foreach (var scope in All)
        {
            if (!FhirScopes.TryParse(scope, out var resourceType, out var access))
            {
                throw new InvalidOperationException($"{scope} is not a scope.");
            }

            options.AddPolicy(scope, policy => policy
                .AddAuthenticationSchemes(FhirAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => FhirCaller.From(context.User) is { } caller && FhirScopes.Allows(caller.Scopes, resourceType, access)));
        }
    }
}
