using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Gateway.Api;

/// <summary>The API's JSON: web defaults, enums as lower-case words ("resident", "region"), nulls written as null.</summary>
public static class HubJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }
}
