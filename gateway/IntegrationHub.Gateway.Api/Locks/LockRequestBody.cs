using System.Text.Json.Serialization;
using IntegrationHub.Gateway.Text;

namespace IntegrationHub.Gateway.Api.Locks;

internal sealed record LockRequestBody(
    string? Personnummer,
    string? Origin,
    [property: JsonConverter(typeof(SingleLineTextJsonConverter))] string? Authority,
    string? Reason,
    string? Note,
    bool? Emergency);
