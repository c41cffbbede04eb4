using System.Globalization;

namespace IntegrationHub.Store.PostgreSql;

/// <summary>
/// How Orleans' ADO.NET grain storage stores a grain's string key, so that retention can find the row with SQL: a key of
/// 32 hex digits reads as a GUID and is stored as two 64-bit halves (<c>grainidn0</c>, <c>grainidn1</c>) with no
/// extension string; any other key is stored in <c>grainidextensionstring</c>. Mirrors Orleans' own AdoGrainKey.
/// </summary>
internal readonly record struct OrleansStorageKey(long N0, long N1, string? Extension)
{
    public static OrleansStorageKey Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 32 && Guid.TryParseExact(key, "N", out var guid))
        {
            var bytes = guid.ToByteArray();
            return new OrleansStorageKey(BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8), null);
        }

        return new OrleansStorageKey(0, 0, key);
    }

    public override string ToString() => Extension ?? string.Create(CultureInfo.InvariantCulture, $"{N0}:{N1}");
}
