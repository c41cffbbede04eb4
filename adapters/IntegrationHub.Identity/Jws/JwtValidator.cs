using System.Text;
using System.Text.Json;

namespace IntegrationHub.Identity.Jws;

/// <summary>
/// Validates a compact JWS/JWT signed with ES256, in this order: three base64url parts; a JSON-object header whose
/// alg is exactly ES256 (none, HS256 and every other alg refused) and that has no crit; a kid the resolver knows;
/// the signature; a JSON-object payload; iss equal to the expected issuer; aud containing the expected audience;
/// exp not passed; nbf and iat not in the future; the last three with the clock skew, against
/// <see cref="TimeProvider"/>. Keys embedded in the header (jwk, jku, x5u, x5c) are never used. Nothing of the
/// token is logged or put into an exception. Thread-safe.
/// </summary>
public sealed class JwtValidator
{
    private static readonly JsonDocumentOptions StrictJson = new()
    {
        AllowDuplicateProperties = false,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 32,
    };

    private readonly JwtValidationOptions _options;
    private readonly IVerificationKeyResolver _keys;
    private readonly TimeProvider _timeProvider;

    /// <summary>A validator for one issuer and audience.</summary>
    public JwtValidator(JwtValidationOptions options, IVerificationKeyResolver keys, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrEmpty(options.Issuer);
        ArgumentException.ThrowIfNullOrEmpty(options.Audience);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ClockSkew, TimeSpan.Zero);
        _options = options;
        _keys = keys;
        _timeProvider = timeProvider;
    }

    /// <summary>Validates a token; see the type for the checks.</summary>
    public JwtValidationResult Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > _options.MaxTokenLength)
        {
            return Fail(JwtValidationFailure.Malformed);
        }

        var firstDot = token.IndexOf('.', StringComparison.Ordinal);
        var secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (secondDot < 0 || token.IndexOf('.', secondDot + 1) >= 0)
        {
            return Fail(JwtValidationFailure.Malformed);
        }

        var headerPart = token.AsSpan(0, firstDot);
        var payloadPart = token.AsSpan(firstDot + 1, secondDot - firstDot - 1);
        var signaturePart = token.AsSpan(secondDot + 1);
        if (headerPart.IsEmpty || payloadPart.IsEmpty
            || !Base64UrlStrict.TryDecode(headerPart, out var headerBytes)
            || !Base64UrlStrict.TryDecode(payloadPart, out var payloadBytes))
        {
            return Fail(JwtValidationFailure.Malformed);
        }

        var headerCheck = CheckHeader(headerBytes, out var keyId);
        if (headerCheck != JwtValidationFailure.None)
        {
            return Fail(headerCheck);
        }

        var key = _keys.Find(keyId);
        if (key is null)
        {
            return Fail(JwtValidationFailure.UnknownKey);
        }

        if (!Base64UrlStrict.TryDecode(signaturePart, out var signature))
        {
            return Fail(JwtValidationFailure.Malformed);
        }

        var signingInput = Encoding.ASCII.GetBytes(token, 0, secondDot);
        if (!key.Verify(signingInput, signature))
        {
            return Fail(JwtValidationFailure.BadSignature);
        }

        return CheckPayload(payloadBytes);
    }

    private static JwtValidationFailure CheckHeader(byte[] headerBytes, out string keyId)
    {
        keyId = string.Empty;
        try
        {
            using var header = JsonDocument.Parse(headerBytes, StrictJson);
            var root = header.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("alg", out var alg)
                || alg.ValueKind != JsonValueKind.String)
            {
                return JwtValidationFailure.Malformed;
            }

            if (!alg.ValueEquals(JwsAlgorithms.ES256))
            {
                return JwtValidationFailure.UnsupportedAlgorithm;
            }

            // No extension is understood, so a critical one can never be honoured (RFC 7515 §4.1.11).
            if (root.TryGetProperty("crit", out _))
            {
                return JwtValidationFailure.Malformed;
            }

            if (!root.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(kid.GetString()))
            {
                return JwtValidationFailure.UnknownKey;
            }

            keyId = kid.GetString()!;
            return JwtValidationFailure.None;
        }
        catch (JsonException)
        {
            return JwtValidationFailure.Malformed;
        }
    }

    private JwtValidationResult CheckPayload(byte[] payloadBytes)
    {
        JsonElement root;
        try
        {
            using var payload = JsonDocument.Parse(payloadBytes, StrictJson);
            root = payload.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Fail(JwtValidationFailure.Malformed);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(JwtValidationFailure.Malformed);
        }

        if (!root.TryGetProperty("iss", out var iss) || iss.ValueKind != JsonValueKind.String
            || !iss.ValueEquals(_options.Issuer))
        {
            return Fail(JwtValidationFailure.WrongIssuer);
        }

        var audiences = ReadAudiences(root);
        if (!audiences.Contains(_options.Audience, StringComparer.Ordinal))
        {
            return Fail(JwtValidationFailure.WrongAudience);
        }

        if (!TryReadTime(root, "exp", out var exp) || exp is null
            || !TryReadTime(root, "nbf", out var nbf)
            || !TryReadTime(root, "iat", out var iat))
        {
            return Fail(JwtValidationFailure.Malformed);
        }

        var now = _timeProvider.GetUtcNow();
        var skew = _options.ClockSkew;
        if (now - skew >= exp.Value)
        {
            return Fail(JwtValidationFailure.Expired);
        }

        if ((nbf is { } notBefore && notBefore > now + skew) || (iat is { } issuedAt && issuedAt > now + skew))
        {
            return Fail(JwtValidationFailure.NotYetValid);
        }

        return JwtValidationResult.Valid(new JwtClaims(root, audiences, exp.Value, nbf, iat));
    }

    private static List<string> ReadAudiences(JsonElement root)
    {
        var result = new List<string>();
        if (!root.TryGetProperty("aud", out var aud))
        {
            return result;
        }

        if (aud.ValueKind == JsonValueKind.String)
        {
            result.Add(aud.GetString()!);
        }
        else if (aud.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in aud.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    result.Add(item.GetString()!);
                }
            }
        }

        return result;
    }

    /// <summary>A NumericDate (seconds since the epoch, possibly fractional); false when present but not one.</summary>
    private static bool TryReadTime(JsonElement root, string name, out DateTimeOffset? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element))
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (!element.TryGetInt64(out var seconds))
        {
            if (!element.TryGetDouble(out var d) || !double.IsFinite(d) || d < long.MinValue || d > long.MaxValue)
            {
                return false;
            }

            seconds = (long)Math.Floor(d);
        }

        if (seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        value = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    private static JwtValidationResult Fail(JwtValidationFailure failure) => JwtValidationResult.Fail(failure);
}
