using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Remoting.Security;

/// <summary>
/// The identity a separate gateway forwards to a silo with a request it already let through: the value as JSON,
/// signed with the internal key over the request's method and path and a timestamp, so that a silo accepts it only
/// from a gateway, only for that request line, and only for <see cref="InternalCallOptions.MaxClockSkew"/>.
/// Format: <c>{timestamp}.{base64url(json)}.{signature}</c>.
/// </summary>
public sealed class ForwardedIdentity(IOptions<InternalCallOptions> options)
{
    /// <summary>Added by the gateway after it stripped every inbound <c>X-Hub-*</c> header, so a client can never set it.</summary>
    public const string Header = "X-Hub-Principal";

    private readonly InternalCallOptions settings = options.Value;
    private readonly Lazy<GrainCallSigner> signer = new(() => GrainCallSigner.FromOptions(options.Value));

    public string Sign<T>(T value, string method, string pathAndQuery)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.Web);
        var timestamp = settings.Clock.GetUtcNow().ToUnixTimeSeconds();
        return string.Create(CultureInfo.InvariantCulture, $"{timestamp}.{Base64Url.EncodeToString(json)}.{signer.Value.Sign(method, pathAndQuery, timestamp, json)}");
    }

    public bool TryRead<T>(string? header, string method, string pathAndQuery, out T? value)
    {
        value = default;
        var parts = header?.Split('.');
        if (parts is not { Length: 3 } || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return false;
        }

        if (Math.Abs(settings.Clock.GetUtcNow().ToUnixTimeSeconds() - timestamp) > settings.MaxClockSkew.TotalSeconds)
        {
            return false;
        }

        byte[] json;
        try
        {
            json = Base64Url.DecodeFromChars(parts[1]);
        }
        catch (FormatException)
        {
            return false;
        }

        if (!signer.Value.Verify(method, pathAndQuery, timestamp, json, parts[2]))
        {
            return false;
        }

        value = JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web);
        return value is not null;
    }
}
