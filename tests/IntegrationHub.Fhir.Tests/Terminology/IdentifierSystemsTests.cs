using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Tests.Terminology;

public sealed class IdentifierSystemsTests
{
    [Theory]
    [InlineData("urn:oid:1.2.752.129.2.1.3.1", "http://electronichealth.se/identifier/personnummer")]
    [InlineData("http://electronichealth.se/identifier/personnummer", "http://electronichealth.se/identifier/personnummer")]
    [InlineData("urn:oid:1.2.752.129.2.1.3.3", "http://electronichealth.se/identifier/samordningsnummer")]
    [InlineData("http://electronichealth.se/identifier/hsaid", "urn:oid:1.2.752.29.4.19")]
    [InlineData("urn:oid:1.2.752.29.4.19", "urn:oid:1.2.752.29.4.19")]
    [InlineData("urn:ietf:rfc:3986", "urn:ietf:rfc:3986")]
    public void Canonical_System_IsTheFormTheHubWrites(string system, string canonical) =>
        Assert.Equal(canonical, IdentifierSystems.Canonical(system));

    [Fact]
    public void IsPersonnummer_Samordningsnummer_IsFalse()
    {
        Assert.False(IdentifierSystems.IsPersonnummer(IdentifierSystems.Samordningsnummer));
        Assert.False(IdentifierSystems.IsPersonnummer(null));
        Assert.True(IdentifierSystems.IsSamordningsnummer(IdentifierSystems.SamordningsnummerOid));
    }

    [Fact]
    public void ForPersonnummer_Number_UsesTheUrlSystem()
    {
        var identifier = HubIdentifiers.Personnummer("191212121212");

        Assert.Equal("http://electronichealth.se/identifier/personnummer", identifier.System);
        Assert.Equal("191212121212", identifier.Value);
    }

    [Fact]
    public void ForHsaId_Id_UsesTheOid()
    {
        Assert.Equal("urn:oid:1.2.752.29.4.19", HubIdentifiers.HsaId("SE2321000016-A1B2").System);
        Assert.Equal(IdentifierSystems.Samordningsnummer, HubIdentifiers.Samordningsnummer("196109732393").System);
    }

    [Fact]
    public void Codes_TheHubUses_HaveTheirR4Systems()
    {
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", ConfidentialityCodes.System);
        Assert.Equal(("R", "V"), (ConfidentialityCodes.RestrictedCoding.Code, ConfidentialityCodes.VeryRestrictedCoding.Code));
        Assert.True(FlagCategoryCodes.AdminConcept.HasCoding("http://terminology.hl7.org/CodeSystem/flag-category", "admin"));
        Assert.True(RoleCodes.ParentConcept.HasCoding("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "PRN"));
        Assert.True(RoleCodes.GuardianConcept.HasCoding("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "GUARD"));
        Assert.True(RoleClassCodes.GuardianConcept.HasCoding("http://terminology.hl7.org/CodeSystem/v3-RoleClass", "GUARD"));
        Assert.False(RoleClassCodes.GuardianConcept.HasCoding(RoleCodes.System, "GUARD"));
        Assert.True(RoleClassCodes.ServiceDeliveryLocationConcept.HasCoding("http://terminology.hl7.org/CodeSystem/v3-RoleClass", "SDLOC"));
        Assert.Equal("guardian", RoleClassCodes.GuardianConcept.Coding[0].Display);
        Assert.Null(RoleClassCodes.GuardianConcept.Text);
    }
}
