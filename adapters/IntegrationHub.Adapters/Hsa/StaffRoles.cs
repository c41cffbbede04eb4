namespace IntegrationHub.Adapters.Hsa;

/// <summary>Region-wide roles as the HSA directory names them (API.md, /sim/hsa/staff).</summary>
public static class StaffRoles
{
    public const string CentralSupport = "central-support";
    public const string NationalSupport = "national-support";
    public const string UnitHead = "unit-head";
    public const string PatientResponsiblePhysician = "patient-responsible-physician";
    public const string MedicallyResponsibleDoctor = "mla";
    public const string OnCall = "on-call";
    public const string RegionalChiefPhysician = "regional-chief-physician";
}
