using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Gateway.Text;

namespace IntegrationHub.Gateway.Api;

/// <summary>
/// The API's JSON: web defaults, enums as lower-case words ("resident", "region"), nulls written as null; every string
/// of a request body is fit text (no control characters but line breaks and tabs, no unpaired surrogates), else the
/// body is refused with 400 <c>invalid_request</c>. One-line fields say so with <see cref="SingleLineTextJsonConverter"/>.
/// </summary>
public static class HubJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new MultilineTextJsonConverter());
    }
}
