using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Runtime.Remoting.Security;

/// <summary>
/// HMAC-SHA256 over <c>METHOD \n path-and-query \n timestamp \n</c> followed by the body bytes, with the shared key.
/// Verification compares in constant time. Thread-safe.
/// </summary>
internal sealed class GrainCallSigner
{
    public const int MinimumKeyBytes = 32;

    private readonly byte[] key;

    public GrainCallSigner(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The internal call key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        this.key = key;
    }

    /// <summary>A signer for the base64 key of <see cref="InternalCallOptions.Key"/>.</summary>
    /// <exception cref="InvalidOperationException">No key, not base64, or shorter than 32 bytes.</exception>
    public static GrainCallSigner FromOptions(InternalCallOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(options.Key);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{InternalCallOptions.SectionName}:Key is not base64.", e);
        }

        if (bytes.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException($"{InternalCallOptions.SectionName}:Key must be at least {MinimumKeyBytes} bytes.");
        }

        return new GrainCallSigner(bytes);
    }

    public string Sign(string method, string pathAndQuery, long timestamp, ReadOnlySpan<byte> body) =>
        Convert.ToBase64String(Compute(method, pathAndQuery, timestamp, body));

    public bool Verify(string method, string pathAndQuery, long timestamp, ReadOnlySpan<byte> body, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        Span<byte> presented = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Convert.TryFromBase64String(signature, presented, out var written) || written != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(presented, Compute(method, pathAndQuery, timestamp, body));
    }

    private byte[] Compute(string method, string pathAndQuery, long timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{method.ToUpperInvariant()}\n{pathAndQuery}\n{timestamp}\n")));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
