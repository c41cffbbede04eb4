using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace IntegrationHub.Hub.Tests.Infrastructure;

/// <summary>Takes a compact JWS apart and puts altered copies together, to play the attacker with a real assertion.</summary>
public static class CompactJws
{
    public static string[] Split(string token)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        return parts;
    }

    public static JsonObject Payload(string token) => Decode(Split(token)[1]);

    public static JsonObject Header(string token) => Decode(Split(token)[0]);

    /// <summary>The same header and signature over a changed payload.</summary>
    public static string WithPayload(string token, Action<JsonObject> change)
    {
        var parts = Split(token);
        var payload = Decode(parts[1]);
        change(payload);
        return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
    }

    /// <summary>The same header and payload with one character of the signature changed.</summary>
    public static string WithFlippedSignature(string token)
    {
        var parts = Split(token);
        var signature = parts[2].ToCharArray();
        var middle = signature.Length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        return $"{parts[0]}.{parts[1]}.{new string(signature)}";
    }

    /// <summary>An unsigned token: header <c>{"alg":"none"}</c>, the original payload, an empty signature.</summary>
    public static string WithAlgNone(string token) =>
        $"{Encode(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" })}.{Split(token)[1]}.";

    private static JsonObject Decode(string part) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(part))!.AsObject();

    private static string Encode(JsonObject json) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
