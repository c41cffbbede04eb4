namespace IntegrationHub.Fhir.Tests.Examples;

/// <summary>
/// Bodies as other systems send them (the journal system's Consents, a regional service's Communication), written by
/// hand rather than by the SDK, each one complete as API.md asks. Each one is valid R4 to Firely's validator and to the
/// R4 JSON schema.
/// </summary>
public static class InboundJson
{
    public const string JournalConsentSeal = """
        {
          "resourceType": "Consent",
          "id": "j-44871",
          "meta": { "versionId": "1", "lastUpdated": "2025-02-11T07:15:03.120Z", "source": "urn:journal" },
          "text": {
            "status": "generated",
            "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Journalen är spärrad för alla vårdgivare.</div>"
          },
          "status": "active",
          "scope": {
            "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy" } ]
          },
          "category": [ { "coding": [ { "system": "http://loinc.org", "code": "59284-0" } ] } ],
          "patient": {
            "identifier": { "system": "urn:oid:1.2.752.129.2.1.3.1", "value": "191212121212" }
          },
          "dateTime": "2025-02-11T08:15:00+01:00",
          "identifier": [ { "system": "https://journal.example.se/fhir/consent-id", "value": "j-44871" } ],
          "policy": [ { "uri": "https://journal.example.se/policy/forsegling" } ],
          "organization": [
            { "identifier": { "system": "urn:oid:1.2.752.29.4.19", "value": "SE2321000016-A1B2" }, "display": "Vårdcentralen Åkersberga" }
          ],
          "provision": {
            "type": "deny",
            "period": { "start": "2025-02-11" },
            "action": [ { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/consentaction", "code": "access" } ] } ]
          }
        }
        """;

    public const string JournalConsentGuardianBlock = """
        {
          "resourceType": "Consent",
          "identifier": [ { "system": "https://journal.example.se/fhir/consent-id", "value": "j-50112" } ],
          "status": "active",
          "scope": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy" } ] },
          "category": [ { "coding": [ { "system": "http://loinc.org", "code": "59284-0" } ] } ],
          "patient": { "identifier": { "system": "http://electronichealth.se/identifier/personnummer", "value": "201503151233" } },
          "dateTime": "2025-03-01T13:02:44Z",
          "policy": [ { "uri": "https://journal.example.se/policy/blockera-vardnadshavare" } ],
          "provision": {
            "type": "deny",
            "actor": [
              {
                "role": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/v3-RoleClass", "code": "GUARD" } ] },
                "reference": { "identifier": { "system": "http://electronichealth.se/identifier/personnummer", "value": "199006022397" } }
              }
            ]
          }
        }
        """;

    public const string RegionalCommunication = """
        {
          "resourceType": "Communication",
          "extension": [ { "url": "http://example.org/fhir/StructureDefinition/region", "valueCode": "01" } ],
          "identifier": [ { "system": "urn:ietf:rfc:3986", "value": "urn:uuid:0f8e2d3c-4b5a-4e6f-9a8b-7c6d5e4f3a2b" } ],
          "status": "completed",
          "category": [ { "text": "Kallelse" } ],
          "priority": "routine",
          "recipient": [ { "identifier": { "system": "urn:oid:1.2.752.129.2.1.3.1", "value": "191212121212" } } ],
          "sender": { "identifier": { "system": "urn:oid:1.2.752.29.4.19", "value": "SE2321000016-A1B2" } },
          "sent": "2025-03-04T10:00:00+01:00",
          "payload": [ { "contentString": "Välkommen på mammografi den 12 mars kl. 09.40. Mottagningen ligger på plan 2." } ],
          "note": [ { "authorString": "Regionens kallelsesystem", "text": "Skickad automatiskt." } ]
        }
        """;

    public const string JournalConsentUnitSeal = """
        {
          "resourceType": "Consent",
          "identifier": [ { "system": "https://journal.example.se/fhir/consent-id", "value": "j-50113" } ],
          "status": "active",
          "scope": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy" } ] },
          "category": [ { "coding": [ { "system": "http://loinc.org", "code": "59284-0" } ] } ],
          "patient": { "identifier": { "system": "http://electronichealth.se/identifier/personnummer", "value": "199006022397" } },
          "dateTime": "2025-03-02T09:30:00+01:00",
          "policy": [ { "uri": "https://journal.example.se/policy/sparr" } ],
          "provision": {
            "type": "deny",
            "actor": [
              {
                "role": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "PRCP" } ] },
                "reference": { "identifier": { "system": "urn:oid:1.2.752.29.4.19", "value": "SE2321000016-A1B2" }, "display": "Vårdcentralen Åkersberga" }
              },
              {
                "role": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/v3-RoleClass", "code": "SDLOC" } ] },
                "reference": { "identifier": { "system": "urn:oid:1.2.752.29.4.19", "value": "SE2321000016-C3D4" } }
              }
            ]
          }
        }
        """;

    /// <summary>The inbound bodies by name.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["JournalConsentSeal"] = JournalConsentSeal,
        ["JournalConsentGuardianBlock"] = JournalConsentGuardianBlock,
        ["JournalConsentUnitSeal"] = JournalConsentUnitSeal,
        ["RegionalCommunication"] = RegionalCommunication,
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
