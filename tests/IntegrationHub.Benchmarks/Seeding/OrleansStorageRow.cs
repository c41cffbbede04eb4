using System.Text;

namespace IntegrationHub.Benchmarks.Seeding;

/// <summary>
/// Where Orleans' ADO.NET grain storage keeps one grain's state in <c>orleansstorage</c>: the key split the way the
/// provider splits it (a key that parses as a GUID or an integer, with or without a <c>+extension</c>, goes into
/// <c>grainidn0</c>/<c>grainidn1</c>, any other key whole into <c>grainidextensionstring</c>), the hashes of that key
/// and of the state name (<c>graintypestring</c> is the state's name, not the grain's type), both with Orleans'
/// default storage hasher. The key is parsed by Orleans' own <see cref="GrainIdKeyExtensions"/>; the hashed bytes are
/// those of the provider's internal <c>AdoGrainKey.GetHashBytes</c> (the key's bytes, reversed on little-endian).
/// </summary>
internal readonly record struct OrleansStorageRow(int GrainIdHash, long N0, long N1, int GrainTypeHash, string GrainTypeString, string? Extension)
{
    private static readonly Orleans.Storage.OrleansDefaultHasher Hasher = new();

    public static OrleansStorageRow Of(string grainType, string grainKey, string stateName)
    {
        var grainId = GrainId.Create(grainType, grainKey);
        long n0 = 0;
        long n1 = 0;
        string? extension;
        byte[] bytes;
        if (grainId.TryGetGuidKey(out var guid, out extension))
        {
            var guidBytes = guid.ToByteArray();
            n0 = BitConverter.ToInt64(guidBytes, 0);
            n1 = BitConverter.ToInt64(guidBytes, 8);
            bytes = Append(guidBytes, extension);
        }
        else if (grainId.TryGetIntegerKey(out var integer, out extension))
        {
            n1 = integer;
            bytes = Append(BitConverter.GetBytes(integer), extension);
        }
        else
        {
            extension = grainId.Key.ToString();
            bytes = Encoding.UTF8.GetBytes(extension);
        }

        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }

        return new OrleansStorageRow(Hasher.Hash(bytes), n0, n1, Hasher.Hash(Encoding.UTF8.GetBytes(stateName)), stateName, extension);
    }

    private static byte[] Append(byte[] key, string? extension) =>
        extension is null ? key : [.. key, .. Encoding.UTF8.GetBytes(extension)];
}
