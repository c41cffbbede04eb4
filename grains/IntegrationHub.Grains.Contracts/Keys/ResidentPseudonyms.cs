using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Grains.Contracts.Keys;

/// <summary>
/// The pseudonym a resident's grains are keyed by, never the personnummer itself: Orleans writes grain ids into its own
/// logs, traces and error messages. A pseudonym is the personnummer encrypted under the hub's pseudonym key as one
/// AES block (a keyed permutation: the same number always gives the same pseudonym, different numbers never collide),
/// written as 22 base64url characters. The grain that holds it can turn it back into the number; nobody without the
/// key can. The key is part of every grain's identity: changing it orphans all resident state, so it is set once.
/// </summary>
public sealed class ResidentPseudonyms : IDisposable
{
    private const string Prefix = "pnr:";
    private const int BlockSize = 16;
    private readonly Aes aes;

    public ResidentPseudonyms(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new ArgumentException("The pseudonym key is 32 bytes (AES-256).", nameof(key));
        }

        aes = Aes.Create();
        aes.Key = key;
    }

    /// <summary>The pseudonym of a 12-digit personnummer (or samordningsnummer).</summary>
    public string Of(string personnummer)
    {
        if (personnummer is not { Length: 12 } || !personnummer.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A personnummer is 12 digits.", nameof(personnummer));
        }

        Span<byte> plain = stackalloc byte[BlockSize];
        Encoding.ASCII.GetBytes(Prefix + personnummer, plain);
        Span<byte> cipher = stackalloc byte[BlockSize];
        aes.EncryptEcb(plain, cipher, PaddingMode.None);
        return Base64Url.EncodeToString(cipher);
    }

    /// <summary>The personnummer behind a pseudonym this key made.</summary>
    /// <exception cref="ArgumentException">Not a pseudonym of this key.</exception>
    public string Reveal(string pseudonym)
    {
        Span<byte> cipher = stackalloc byte[BlockSize];
        if (pseudonym is not { Length: 22 } || !Base64Url.TryDecodeFromChars(pseudonym, cipher, out var written) || written != BlockSize)
        {
            throw new ArgumentException("Not a resident pseudonym.", nameof(pseudonym));
        }

        Span<byte> plain = stackalloc byte[BlockSize];
        aes.DecryptEcb(cipher, plain, PaddingMode.None);
        var text = Encoding.ASCII.GetString(plain);
        return text.StartsWith(Prefix, StringComparison.Ordinal) && !text.AsSpan(Prefix.Length).ContainsAnyExceptInRange('0', '9')
            ? text[Prefix.Length..]
            : throw new ArgumentException("Not a resident pseudonym of this key.", nameof(pseudonym));
    }

    public void Dispose() => aes.Dispose();
}
