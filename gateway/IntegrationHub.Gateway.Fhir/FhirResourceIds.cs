using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// Opaque, stable ids for resources about people (DESIGN.md: an id never shows a personnummer). A Patient's id is the
/// personnummer encrypted as one AES block under the hub's key, in hex, so that the hub can read a <c>Patient/{id}</c>
/// reference back and nobody without the key can; ids of other resources about people are keyed hashes.
/// </summary>
public sealed class FhirResourceIds : IDisposable
{
    private readonly Aes _aes;
    private readonly byte[] _hashKey;
    private readonly Lock _gate = new();

    public FhirResourceIds(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _aes = Aes.Create();
        _aes.Key = key;
        _hashKey = SHA256.HashData([.. key, .. "fhir-ids"u8]);
    }

    public string PatientId(string personnummer)
    {
        var block = new byte[16];
        Encoding.ASCII.GetBytes(personnummer, block);
        lock (_gate)
        {
            return Convert.ToHexStringLower(_aes.EncryptEcb(block, PaddingMode.None));
        }
    }

    public bool TryReadPatientId(string? id, [NotNullWhen(true)] out string? personnummer)
    {
        personnummer = null;
        if (id is not { Length: 32 } || !id.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        byte[] block;
        lock (_gate)
        {
            block = _aes.DecryptEcb(Convert.FromHexString(id), PaddingMode.None);
        }

        if (block.AsSpan(12).ContainsAnyExcept((byte)0) || !block.Take(12).All(b => b is >= (byte)'0' and <= (byte)'9'))
        {
            return false;
        }

        personnummer = Encoding.ASCII.GetString(block, 0, 12);
        return true;
    }

    /// <summary>A 32-hex-digit id derived from its parts (e.g. a guardian and a child), that does not show them.</summary>
    public string Derived(params string[] parts) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(string.Join('\n', parts))).AsSpan(0, 16));

    public void Dispose() => _aes.Dispose();
}
