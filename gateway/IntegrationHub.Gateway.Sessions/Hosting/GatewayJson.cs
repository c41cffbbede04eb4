using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Gateway.Sessions;

internal static class GatewayJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
