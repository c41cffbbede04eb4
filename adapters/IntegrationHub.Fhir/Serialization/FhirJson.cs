using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>
/// FHIR R4 JSON for the model. Writing puts <c>resourceType</c> first and leaves out nulls, empty arrays and empty
/// strings; a date or a required-binding code in a form R4 does not allow is a bug of the caller and throws a
/// <see cref="JsonException"/>. Reading is strict: malformed JSON, an unknown or repeated element, a wrong or missing
/// <c>resourceType</c>, a missing required element, a value of the wrong JSON type, a badly formed date and a code
/// outside its required binding are all refused with a <see cref="FhirParseError"/> (never an exception of
/// System.Text.Json). Read through these methods, not <see cref="JsonSerializer"/>: they dispatch on
/// <c>resourceType</c> and check it against the type asked for.
/// </summary>
public static class FhirJson
{
    /// <summary>The media type of FHIR JSON.</summary>
    public const string MediaType = "application/fhir+json";

    private static readonly JsonSerializerOptions IndentedOptions = CreateOptions(writeIndented: true);

    /// <summary>The options the model is written and read with (read-only). Read bodies with the Parse methods.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(writeIndented: false);

    public static string Serialize(Resource resource, bool writeIndented = false)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return JsonSerializer.Serialize(resource, writeIndented ? IndentedOptions : Options);
    }

    public static byte[] SerializeToUtf8Bytes(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return JsonSerializer.SerializeToUtf8Bytes(resource, Options);
    }

    public static Task SerializeAsync(Stream utf8Json, Resource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return JsonSerializer.SerializeAsync(utf8Json, resource, Options, cancellationToken);
    }

    /// <summary>Reads a resource of type <typeparamref name="T"/> (or any, with <see cref="Resource"/>).</summary>
    /// <exception cref="FhirParseException">The text is not an acceptable <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json)
        where T : Resource =>
        Unwrap(Parse<T>(ToUtf8(json)));

    /// <inheritdoc cref="Deserialize{T}(string)"/>
    public static T Deserialize<T>(Stream utf8Json)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Unwrap(Parse<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    /// <inheritdoc cref="Deserialize{T}(string)"/>
    public static async ValueTask<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
        where T : Resource =>
        Unwrap(await ParseResourceAsync<T>(utf8Json, cancellationToken));

    /// <summary>Reads a resource of type <typeparamref name="T"/> (or any, with <see cref="Resource"/>), or says why not.</summary>
    public static bool TryParseResource<T>(
        string json, [NotNullWhen(true)] out T? resource, [NotNullWhen(false)] out FhirParseError? error)
        where T : Resource =>
        TryParseResource(ToUtf8(json), out resource, out error);

    /// <inheritdoc cref="TryParseResource{T}(string, out T, out FhirParseError)"/>
    public static bool TryParseResource<T>(
        ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out T? resource, [NotNullWhen(false)] out FhirParseError? error)
        where T : Resource
    {
        var result = Parse<T>(utf8Json);
        resource = result.Resource;
        error = result.Error;
        return result.IsSuccess;
    }

    /// <summary>Reads a request body as a resource of type <typeparamref name="T"/>, or says why not.</summary>
    public static async ValueTask<FhirParseResult<T>> ParseResourceAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken);
        return Parse<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static FhirParseResult<T> Parse<T>(ReadOnlySpan<byte> utf8Json)
        where T : Resource
    {
        Resource? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<Resource>(utf8Json, Options);
        }
        catch (JsonException exception)
        {
            var translated = JsonErrorTranslator.Translate(exception);
            return Failure<T>(translated.IssueCode, translated.Diagnostics, ToExpression(translated.FullPath, utf8Json));
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            // Not expected from this model, but a body must never turn into a server error.
            return Failure<T>(IssueTypeCodes.Structure, "The body could not be read as FHIR JSON", null);
        }

        if (parsed is null)
        {
            return Failure<T>(IssueTypeCodes.Structure, "The body is JSON null, not a resource", null);
        }

        if (parsed is not T typed)
        {
            var expected = ResourceTypes.NameOf(typeof(T)) ?? typeof(T).Name;
            return Failure<T>(
                IssueTypeCodes.Invalid,
                $"Expected resourceType '{expected}' but the body has '{parsed.ResourceType}'",
                parsed.ResourceType + ".resourceType");
        }

        return FhirParseResult<T>.Success(typed);
    }

    private static FhirParseResult<T> Failure<T>(string code, string diagnostics, string? expression)
        where T : Resource =>
        FhirParseResult<T>.Failure(new FhirParseError(code, diagnostics, expression));

    private static T Unwrap<T>(FhirParseResult<T> result)
        where T : Resource =>
        result.IsSuccess ? result.Resource : throw new FhirParseException(result.Error);

    private static byte[] ToUtf8(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetBytes(json);
    }

    // "$.entry[0].resource.foo" becomes "Bundle.entry[0].resource.foo": FHIRPath starts at the resource's type.
    private static string? ToExpression(string jsonPath, ReadOnlySpan<byte> utf8Json)
    {
        var root = PeekResourceType(utf8Json);
        if (root is null)
        {
            return null;
        }

        return jsonPath.StartsWith('$') ? root + jsonPath[1..] : root;
    }

    private static string? PeekResourceType(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isResourceType = reader.ValueTextEquals("resourceType"u8);
                reader.Read();
                if (isResourceType)
                {
                    return reader.TokenType == JsonTokenType.String
                        && reader.GetString() is { } name && ResourceTypes.TryGetType(name, out _) ? name : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed before the resourceType was found: no expression.
        }

        return null;
    }

    private static JsonSerializerOptions CreateOptions(bool writeIndented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            WriteIndented = writeIndented,

            // FHIR JSON is served as application/fhir+json, never inlined in HTML: keep å, ä, ö and the narrative's
            // markup readable instead of \u-escaping them.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyValues, RefuseNullItems, EnforceRequiredBindings } },
        };
        options.Converters.Add(new ResourceConverter());
        options.MakeReadOnly();
        return options;
    }

    // FHIR forbids empty arrays and empty strings: an element is either absent or has a value.
    private static void OmitEmptyValues(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType == typeof(string))
            {
                property.ShouldSerialize = static (_, value) => value is string { Length: > 0 };
            }
            else if (typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is IEnumerable items && HasAny(items);
            }
        }
    }

    // FHIR JSON has no null in an array (but for primitive extensions, which the model does not read).
    private static void RefuseNullItems(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is not { } set || property.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                continue;
            }

            var name = property.Name;
            property.Set = (target, value) =>
            {
                if (value is IEnumerable items && items.Cast<object?>().Any(item => item is null))
                {
                    throw new FhirJsonException(IssueTypeCodes.Invalid, $"Element '{name}' must not hold null");
                }

                set(target, value);
            };
        }
    }

    // A code with a required binding is read and written only with one of its codes (see RequiredBindingAttribute).
    private static void EnforceRequiredBindings(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.AttributeProvider?.GetCustomAttributes(typeof(RequiredBindingAttribute), inherit: true)
                    is not [RequiredBindingAttribute binding])
            {
                continue;
            }

            var codes = binding.Codes.ToFrozenSet(StringComparer.Ordinal);
            var name = property.Name;
            void Check(object? value)
            {
                var refused = value switch
                {
                    string code => codes.Contains(code) ? null : code,
                    IEnumerable<string> list => list.FirstOrDefault(code => !codes.Contains(code)),
                    _ => null,
                };
                if (refused is not null)
                {
                    throw new FhirJsonException(
                        IssueTypeCodes.Invalid,
                        $"'{FhirPrimitive.Shorten(refused)}' is not a valid code for '{name}' (one of: {string.Join(", ", binding.Codes)})");
                }
            }

            if (property.Set is { } set)
            {
                property.Set = (target, value) =>
                {
                    Check(value);
                    set(target, value);
                };
            }

            if (property.Get is { } get)
            {
                property.Get = target =>
                {
                    var value = get(target);
                    Check(value);
                    return value;
                };
            }
        }
    }

    private static bool HasAny(IEnumerable items)
    {
        if (items is ICollection collection)
        {
            return collection.Count > 0;
        }

        var enumerator = items.GetEnumerator();
        try
        {
            return enumerator.MoveNext();
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
    }
}
