using IntegrationHub.Fhir.Validation;

namespace IntegrationHub.Fhir.Tests.Validation;

/// <summary>The process's validator, warmed once for the tests that use it.</summary>
public sealed class ValidatorFixture
{
    public ValidatorFixture()
    {
        Validator = FhirResourceValidator.Shared;
        Validator.WarmUp();
    }

    public FhirResourceValidator Validator { get; }
}
