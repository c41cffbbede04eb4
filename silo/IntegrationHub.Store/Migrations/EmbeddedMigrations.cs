using System.Globalization;
using System.Reflection;

namespace IntegrationHub.Store.Migrations;

/// <summary>
/// Numbered SQL migrations embedded as resources named <c>{prefix}NNNN_name.sql</c>, in version order. Several prefixes
/// may share one sequence of versions (Orleans' scripts 1–4, the hub's from 101).
/// </summary>
internal static class EmbeddedMigrations
{
    public static IEnumerable<Migration> Read(params string[] prefixes)
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        return prefixes
            .SelectMany(prefix => assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
                .Select(resource => Load(assembly, resource, resource[prefix.Length..^".sql".Length])))
            .OrderBy(m => m.Version);
    }

    private static Migration Load(Assembly assembly, string resource, string name)
    {
        var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }
}
