using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Fhir.Tests.Examples;
using Xunit.Sdk;

namespace IntegrationHub.Fhir.Tests.Schema;

public sealed class SchemaValidationTests(SchemaValidationFixture fixture) : IClassFixture<SchemaValidationFixture>
{
    [Theory]
    [MemberData(nameof(LayerExamples.Names), MemberType = typeof(LayerExamples))]
    public async System.Threading.Tasks.Task Serialize_Example_IsValidAgainstR4Schema(string name)
    {
        var (result, json) = await fixture.ResultForAsync("example:" + name);

        Assert.True(result.Valid, $"{name} is not valid FHIR R4:\n{string.Join("\n", result.Errors)}\n{json}");
    }

    [Theory]
    [MemberData(nameof(InboundJson.Names), MemberType = typeof(InboundJson))]
    public async System.Threading.Tasks.Task InboundBody_AsSent_IsValidAgainstR4Schema(string name)
    {
        var (result, json) = await fixture.ResultForAsync("inbound:" + name);

        Assert.True(result.Valid, $"{name} is not valid FHIR R4:\n{string.Join("\n", result.Errors)}\n{json}");
    }

    [Fact]
    public async System.Threading.Tasks.Task AssertValidAsync_DeliberatelyInvalidResources_FailsNamingEachError()
    {
        // The SDK's POCOs let both through (they do not check id or code patterns when built in code); R4's schema does not.
        Resource[] invalid =
        [
            new Patient { Id = "Tolvan Tolvansson", Identifier = [HubIdentifiers.Personnummer(LayerExamples.Tolvan)] },
            new Flag
            {
                Status = Flag.FlagStatus.Active,
                Code = new CodeableConcept { Coding = [new Coding { System = "urn:example:lock", Code = " spärrad" }] },
                Subject = new ResourceReference { Reference = "Patient/1" },
            },
        ];

        var failure = await Assert.ThrowsAsync<FailException>(() => fixture.Validator.AssertValidAsync(invalid));

        Assert.Contains("Patient/Tolvan Tolvansson.id", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Flag.code.coding[0].code", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UnknownElement", "should NOT have additional properties 'smeknamn'")]
    [InlineData("GenderOutsideBinding", ".gender: should be equal to one of the allowed values")]
    [InlineData("PartialDateTimeWithoutZone", ".sent: should match pattern")]
    [InlineData("FlagWithoutSubject", "should have required property 'subject'")]
    [InlineData("BundleEntryInvalid", "Bundle.entry[0].resource.status: should be equal to one of the allowed values")]
    public async System.Threading.Tasks.Task ValidateAsync_DeliberatelyInvalidJson_ReportsTheError(string name, string expected)
    {
        var (result, json) = await fixture.ResultForAsync("invalid:" + name);

        Assert.False(result.Valid, json);
        Assert.Contains(result.Errors, error => error.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task ValidateAsync_NodeModulesMissing_FailsWithInstallCommand()
    {
        var directory = Directory.CreateTempSubdirectory("fhir-validator-");
        try
        {
            File.Copy(
                Path.Combine(FhirSchemaValidator.FindRepositoryRoot(), "tests", "fhir-validator", "validate.js"),
                Path.Combine(directory.FullName, "validate.js"));
            var validator = new FhirSchemaValidator(directory.FullName);

            var failure = await Assert.ThrowsAsync<FailException>(() => validator.ValidateAsync(["{}"]));

            Assert.Contains("npm ci --prefix tests/fhir-validator", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
