using System.Text.Json.Serialization;
using IntegrationHub.Gateway.Text;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary><c>POST /staff/messages</c>: a case started by the clinic in the resident's inbox. The subject is one line.</summary>
internal sealed record StaffMessageBody(
    string? Personnummer,
    string? ClinicId,
    [property: JsonConverter(typeof(SingleLineTextJsonConverter))] string? Subject,
    string? Text);
