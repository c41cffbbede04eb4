namespace IntegrationHub.Domain.Cases;

/// <summary>
/// One of the national case types. Every non-abstract subclass with a parameterless constructor in this assembly is
/// picked up by <see cref="CaseTypeCatalog"/>: adding a type is adding one class.
/// </summary>
internal abstract class NationalCaseType : CaseType
{
    private protected NationalCaseType()
    {
    }
}
