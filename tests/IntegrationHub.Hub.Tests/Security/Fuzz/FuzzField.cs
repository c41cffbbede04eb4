namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>A member of a body or a query parameter, with a value the endpoint would take (the generator often spoils it).</summary>
internal sealed record FuzzField(string Name, Func<FuzzWorld, Random, object?> Valid);
