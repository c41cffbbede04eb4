namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>Whose session a fuzzed request carries.</summary>
internal enum FuzzCaller
{
    Anonymous,
    Resident,
    Staff,
}
