using System.Globalization;
using System.Reflection;

namespace IntegrationHub.Runtime.Storage;

/// <summary>A store's numbered SQL migrations, embedded as resources named <c>Migrations.NNNN_name.sql</c>, in order.</summary>
public static class EmbeddedMigrations
{
    public static IEnumerable<(int Version, string Name, string Sql)> Read(Assembly assembly)
    {
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource["Migrations.".Length..^".sql".Length];
            var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (version, name, reader.ReadToEnd());
        }
    }
}
