using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Simulators.Hosting;

/// <summary>An enum as its camelCase name (<c>skyddadFolkbokforing</c>), as the control bodies write them.</summary>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
