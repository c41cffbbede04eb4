namespace IntegrationHub.Store.Migrations;

internal sealed record Migration(int Version, string Name, string Sql);
