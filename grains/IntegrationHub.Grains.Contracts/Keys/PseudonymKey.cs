using System.Security.Cryptography;

namespace IntegrationHub.Grains.Contracts.Keys;

/// <summary>
/// Where the pseudonym key comes from: <c>Hub:PseudonymKey</c> (32 bytes, base64), shared by every silo and gateway of a
/// cluster; or, for the local hub alone, a key file made once in its data directory, so that its grains keep their
/// identity across restarts.
/// </summary>
public static class PseudonymKey
{
    public const string Setting = "Hub:PseudonymKey";
    private const string FileName = "pseudonym.key";

    public static byte[] Load(string? configured, string? dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Convert.FromBase64String(configured);
        }

        if (dataDirectory is null)
        {
            throw new InvalidOperationException($"{Setting} (32 bytes, base64) is required: every silo and gateway of a cluster must share it.");
        }

        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(dataDirectory);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        return key;
    }
}
