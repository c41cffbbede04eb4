using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>
/// Delivery details: either free text ("Storgatan 1, 111 22 Stockholm, ring på porten") or a small object of text
/// members (address, postalCode, city, careOf, phone, instructions, ...). The member names are the client's; each must
/// be a plain camelCase name and hold text.
/// </summary>
internal sealed class AddressField(string name, string label) : FormField(name, label)
{
    public const int MaxTextLength = 500;
    public const int MaxMembers = 10;
    public const int MaxMemberNameLength = 40;

    protected override string Kind => "address";

    public override JsonNode? Normalise(JsonElement value, string path, FormErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            var text = TextField.Read(value, path, errors, multiline: true, maxLength: MaxTextLength);
            return text is null ? null : JsonValue.Create(text);
        }

        var before = errors.Count;
        var result = new JsonObject();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            var member = TextInput.NameOf(property);
            var memberPath = FormErrors.Child(path, member);
            if (++count > MaxMembers)
            {
                errors.TooMany(path, MaxMembers);
                return null;
            }

            if (!IsPlainName(member))
            {
                errors.NotAllowed(memberPath, "Unknown field.");
                continue;
            }

            if (!seen.Add(member))
            {
                errors.Invalid(memberPath, "Given more than once.");
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var text = TextField.Read(property.Value, memberPath, errors, multiline: false, TextInput.SingleLineMaxLength);
            if (text is not null)
            {
                result[member] = text;
            }
        }

        return errors.Count == before && result.Count > 0 ? result : null;
    }

    public override FieldDescription Describe() => base.Describe() with { MaxLength = MaxTextLength };

    private static bool IsPlainName(string name)
    {
        if (name.Length is 0 or > MaxMemberNameLength || name[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
