using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Identity.Jws;

/// <summary>
/// Signs a JSON object as a compact JWS (a JWT): header <c>{"alg":"ES256","typ":"JWT","kid":...}</c>, signature
/// ES256 in the IEEE P1363 form. The key stays owned by the caller. Thread-safe.
/// </summary>
public sealed class JwsSigner
{
    private readonly SigningKey _key;
    private readonly string _encodedHeader;

    /// <summary>A signer with this key.</summary>
    public JwsSigner(SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", JwsAlgorithms.ES256);
            writer.WriteString("typ", "JWT");
            writer.WriteString("kid", key.KeyId);
            writer.WriteEndObject();
        }

        _encodedHeader = Base64UrlStrict.Encode(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>The key id written into every header.</summary>
    public string KeyId => _key.KeyId;

    /// <summary>Signs a payload given as UTF-8 JSON, which must be one JSON object.</summary>
    /// <exception cref="ArgumentException">The payload is not a JSON object.</exception>
    public string Sign(ReadOnlySpan<byte> utf8JsonPayload)
    {
        var reader = new Utf8JsonReader(utf8JsonPayload, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !reader.TrySkip() || reader.Read())
            {
                throw new ArgumentException("The payload must be one JSON object.", nameof(utf8JsonPayload));
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException("The payload is not JSON.", nameof(utf8JsonPayload), e);
        }

        var signingInput = string.Concat(_encodedHeader, ".", Base64UrlStrict.Encode(utf8JsonPayload));
        var signature = _key.Sign(Encoding.ASCII.GetBytes(signingInput));
        return string.Concat(signingInput, ".", Base64UrlStrict.Encode(signature));
    }

    /// <summary>Signs a JSON object of claims.</summary>
    public string Sign(JsonObject claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Sign(JsonSerializer.SerializeToUtf8Bytes(claims, JwtPayload.NodeTypeInfo));
    }
}
