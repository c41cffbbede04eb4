using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tests.Tokens;

/// <summary>Builds tokens by hand, as an attacker or a foreign issuer would, independent of the hub's signing.</summary>
internal static class TokenForge
{
    public static string B64(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    public static string B64(byte[] bytes) => Base64UrlEncoder.Encode(bytes);

    public static byte[] Bytes(string part) => Base64UrlEncoder.DecodeBytes(part);

    public static string Json(string part) => Encoding.UTF8.GetString(Bytes(part));

    public static string[] Parts(string token) => token.Split('.');

    public static string SignEs256(ECDsa key, string headerJson, string payloadJson, DSASignatureFormat format = DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
    {
        var input = B64(headerJson) + "." + B64(payloadJson);
        return input + "." + B64(key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, format));
    }

    public static string SignHs256(byte[] secret, string headerJson, string payloadJson)
    {
        var input = B64(headerJson) + "." + B64(payloadJson);
        return input + "." + B64(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
    }
}
