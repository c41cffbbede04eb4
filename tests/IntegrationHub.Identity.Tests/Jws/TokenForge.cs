using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Identity.Tests.Jws;

/// <summary>Builds tokens by hand, as an attacker or a foreign issuer would, independent of JwsSigner.</summary>
internal static class TokenForge
{
    public static string B64(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    public static string B64(byte[] bytes) => Base64Url.EncodeToString(bytes);

    public static string SignEs256(ECDsa key, string headerJson, string payloadJson, DSASignatureFormat format = DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
    {
        var input = B64(headerJson) + "." + B64(payloadJson);
        var signature = key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, format);
        return input + "." + B64(signature);
    }

    public static string SignHs256(byte[] secret, string headerJson, string payloadJson)
    {
        var input = B64(headerJson) + "." + B64(payloadJson);
        return input + "." + B64(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
    }

    public static string[] Parts(string token) => token.Split('.');

    public static string Json(string part) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(part));
}
