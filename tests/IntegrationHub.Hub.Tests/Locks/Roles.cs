namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>The region-wide HSA roles of API.md's <c>PUT /sim/hsa/staff</c>.</summary>
internal static class Roles
{
    public const string CentralSupport = "central-support";
    public const string NationalSupport = "national-support";
    public const string UnitHead = "unit-head";
    public const string Physician = "patient-responsible-physician";
    public const string Mla = "mla";
    public const string OnCall = "on-call";
    public const string RegionalChiefPhysician = "regional-chief-physician";
}
