using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tokens;

/// <summary>
/// Writes JWK Sets with System.Text.Json and the JWK member names of <see cref="JsonWebKey"/>'s own attributes, leaving
/// out the empty lists (<c>key_ops</c>, <c>x5c</c>, <c>oth</c>) that would otherwise say "no operation allowed".
/// </summary>
internal static class JwkSetJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyLists } },
    };

    public static string Write(IEnumerable<JsonWebKey> keys)
    {
        var set = new JsonWebKeySet();
        foreach (var key in keys)
        {
            set.Keys.Add(key);
        }

        return JsonSerializer.Serialize(set, Options);
    }

    private static void OmitEmptyLists(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = (_, value) => value is not ICollection { Count: 0 };
            }
        }
    }
}
