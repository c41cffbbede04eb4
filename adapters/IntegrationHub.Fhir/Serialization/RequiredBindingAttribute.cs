namespace IntegrationHub.Fhir.Serialization;

/// <summary>
/// Marks a code element whose R4 binding is required: only these codes are read or written (the same
/// enumerations the R4 JSON schema checks).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
internal sealed class RequiredBindingAttribute(params string[] codes) : Attribute
{
    public IReadOnlyList<string> Codes { get; } = codes;
}
