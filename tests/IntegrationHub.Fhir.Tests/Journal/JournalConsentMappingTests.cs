using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Journal;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Journal;

/// <summary>The journal system's Consents as seals and guardian blocks (JR1, JR2), and nothing the hub cannot act on.</summary>
public sealed class JournalConsentMappingTests
{
    [Fact]
    [Trait("Rule", "JR1")]
    public void Read_SealWithoutActors_IsASealOfTheWholeJournal()
    {
        var consent = Readable(InboundJson.JournalConsentSeal);

        Assert.Equal(JournalConsentKind.Seal, consent.Kind);
        Assert.Equal("j-44871", consent.ConsentId);
        Assert.Equal(LayerExamples.Tolvan, consent.Patient.Value);
        Assert.True(consent.Active);
        Assert.Equal(new DateTimeOffset(2025, 2, 11, 8, 15, 0, TimeSpan.FromHours(1)), consent.RecordedAt);
        Assert.Empty(consent.Guardians);
        Assert.Empty(consent.Units);
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public void Read_UnitSeal_NamesEachUnitByHsaId()
    {
        var consent = Readable(InboundJson.JournalConsentUnitSeal);

        Assert.Equal(JournalConsentKind.UnitSeal, consent.Kind);
        Assert.Equal([LayerExamples.ClinicHsaId, "SE2321000016-C3D4"], consent.Units);
    }

    [Fact]
    [Trait("Rule", "JR2")]
    public void Read_GuardianBlock_NamesTheGuardianByPersonnummer()
    {
        var consent = Readable(InboundJson.JournalConsentGuardianBlock);

        Assert.Equal(JournalConsentKind.GuardianBlock, consent.Kind);
        Assert.Equal([LayerExamples.Guardian], consent.Guardians);
        Assert.Equal(LayerExamples.Child, consent.Patient.Value);
    }

    [Fact]
    [Trait("Rule", "JR2")]
    public void Read_GuardianNamedByDisplayOnly_IsRefusedNotABlockOfNobody()
    {
        var consent = Parse(InboundJson.JournalConsentGuardianBlock);
        consent.Provision!.Actor[0].Reference = new ResourceReference { Display = "Anna Andersson (vårdnadshavare)" };

        var reading = JournalConsentMapping.Read(consent);

        Assert.False(reading.IsReadable);
        var issue = Assert.Single(reading.Issues);
        Assert.Equal("Consent.provision.actor[0].reference.identifier", Assert.Single(issue.Expression));
        Assert.Equal(OperationOutcome.IssueType.Required, issue.Code);
    }

    [Theory]
    [Trait("Rule", "JR2")]
    [InlineData("http://electronichealth.se/identifier/personnummer", "199006022398")]
    [InlineData("urn:ietf:rfc:3986", "199006022397")]
    [InlineData("urn:oid:1.2.752.29.4.19", "SE2321000016-A1B2")]
    public void Read_GuardianNotAValidPersonnummer_IsRefused(string system, string value)
    {
        var consent = Parse(InboundJson.JournalConsentGuardianBlock);
        consent.Provision!.Actor[0].Reference = new ResourceReference { Identifier = new Identifier(system, value) };

        Assert.False(JournalConsentMapping.Read(consent).IsReadable);
    }

    [Fact]
    [Trait("Rule", "JR2")]
    public void Read_GuardianInTheOidSystem_IsRead()
    {
        var consent = Parse(InboundJson.JournalConsentGuardianBlock);
        consent.Provision!.Actor[0].Reference.Identifier!.System = IdentifierSystems.PersonnummerOid;

        Assert.Equal([LayerExamples.Guardian], Readable(consent).Guardians);
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public void Read_UnknownRole_IsRefusedNamingTheRole()
    {
        var consent = Parse(InboundJson.JournalConsentUnitSeal);
        consent.Provision!.Actor[1].Role = new CodeableConcept(RoleCodes.System, "NIECE", null, null);

        var issue = Assert.Single(JournalConsentMapping.Read(consent).Issues);

        Assert.Equal("Consent.provision.actor[1].role", Assert.Single(issue.Expression));
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public void Read_UnitWithoutHsaId_IsRefused()
    {
        var consent = Parse(InboundJson.JournalConsentUnitSeal);
        consent.Provision!.Actor[0].Reference = new ResourceReference { Reference = "Organization/vc-akersberga" };

        var issue = Assert.Single(JournalConsentMapping.Read(consent).Issues);

        Assert.Equal("Consent.provision.actor[0].reference.identifier", Assert.Single(issue.Expression));
    }

    [Fact]
    [Trait("Rule", "JR2")]
    public void Read_GuardiansAndUnitsTogether_IsRefused()
    {
        var consent = Parse(InboundJson.JournalConsentGuardianBlock);
        consent.Provision!.Actor.Add(Parse(InboundJson.JournalConsentUnitSeal).Provision!.Actor[0]);

        var issue = Assert.Single(JournalConsentMapping.Read(consent).Issues);

        Assert.Equal("Consent.provision.actor", Assert.Single(issue.Expression));
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public void Read_MissingEverythingTheHubNeeds_ListsEachProblemAtOnce()
    {
        var consent = new Consent
        {
            Status = Consent.ConsentState.Active,
            PolicyRule = new CodeableConcept("urn:example:policy", "x", null, null),
            Provision = new Consent.provisionComponent { Type = Consent.ConsentProvisionType.Permit, Provision = [new Consent.provisionComponent()] },
        };

        var reading = JournalConsentMapping.Read(consent);

        Assert.False(reading.IsReadable);
        Assert.Equal(
            ["Consent.dateTime", "Consent.identifier", "Consent.patient.identifier", "Consent.policy", "Consent.provision.provision", "Consent.provision.type"],
            reading.Issues.Select(i => Assert.Single(i.Expression)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [Trait("Rule", "JR1")]
    [InlineData("2026-03-02")]
    [InlineData("2026")]
    public void Read_DateTimeWithoutTime_IsRefused(string dateTime)
    {
        var consent = Parse(InboundJson.JournalConsentSeal);
        consent.DateTime = dateTime;

        Assert.Equal("Consent.dateTime", Assert.Single(Assert.Single(JournalConsentMapping.Read(consent).Issues).Expression));
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public void Read_PatientBySamordningsnummer_IsRefused()
    {
        var consent = Parse(InboundJson.JournalConsentSeal);
        consent.Patient!.Identifier!.Value = "196109732393";

        Assert.Equal("Consent.patient.identifier", Assert.Single(Assert.Single(JournalConsentMapping.Read(consent).Issues).Expression));
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public void Read_StatusOtherThanActive_Lifts()
    {
        var consent = Parse(InboundJson.JournalConsentSeal);
        consent.Status = Consent.ConsentState.Inactive;

        Assert.False(Readable(consent).Active);
    }

    [Theory]
    [Trait("Rule", "JR1")]
    [Trait("Rule", "JR2")]
    [InlineData(nameof(InboundJson.JournalConsentSeal))]
    [InlineData(nameof(InboundJson.JournalConsentUnitSeal))]
    [InlineData(nameof(InboundJson.JournalConsentGuardianBlock))]
    public void ToConsent_WhatWasRead_ReadsBackTheSame(string name)
    {
        var read = Readable(InboundJson.All[name]);

        var written = JournalConsentMapping.ToConsent(read, "j-1", new ResourceReference { Reference = "Patient/3f2a", Identifier = HubIdentifiers.Personnummer(read.Patient.Value) });
        var again = Readable(written);

        Assert.Equal(read with { Units = [], Guardians = [] }, again with { Units = [], Guardians = [] });
        Assert.Equal(read.Units, again.Units);
        Assert.Equal(read.Guardians, again.Guardians);
        Assert.Equal(JournalConsentMapping.JournalIdSystem, Assert.Single(written.Identifier).System);
        Assert.Equal(JournalConsentMapping.PolicyOf(read.Kind), Assert.Single(written.Policy).Uri);
    }

    [Fact]
    [Trait("Rule", "JR2")]
    public void ToConsent_GuardiansHeldFromBefore_NeverWritesAnEmptyReference()
    {
        var written = FhirJson.Serialize(LayerExamples.All["ConsentGuardianBlockHeldFromBefore"]());

        Assert.DoesNotContain("\"reference\":{}", written, StringComparison.Ordinal);
        Assert.Contains("\"display\":\"RelatedPerson/legacy-7\"", written, StringComparison.Ordinal);
    }

    private static Consent Parse(string json) => FhirJson.Deserialize<Consent>(json);

    private static JournalConsent Readable(string json) => Readable(Parse(json));

    private static JournalConsent Readable(Consent consent)
    {
        var reading = JournalConsentMapping.Read(consent);
        Assert.True(reading.IsReadable, string.Join("\n", reading.Issues.Select(i => $"{string.Join(",", i.Expression)}: {i.Diagnostics}")));
        return reading.Consent;
    }
}
