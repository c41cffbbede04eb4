#!/usr/bin/env node

// An end-to-end run of the hub's FHIR R4 API with an independent client (fhir-kit-client), for
// IntegrationHub.Hub.Tests (Fhir/FhirKitClientTests).
//
//   FHIR_BASE=http://127.0.0.1:PORT/fhir/r4 FHIR_TOKEN=... FHIR_PERSONNUMMER=... node fhir-kit-e2e.mjs
//
// Prints one JSON object: {checks: {name: value}, resources: [every resource the hub answered with]}. Exit code 0
// when the run completed, 1 when a call failed unexpectedly (the error on stderr).

import { Client } from 'fhir-kit-client';

const PERSONNUMMER_SYSTEM = 'http://electronichealth.se/identifier/personnummer';

async function main() {
  const baseUrl = process.env.FHIR_BASE;
  const bearerToken = process.env.FHIR_TOKEN;
  const personnummer = process.env.FHIR_PERSONNUMMER;
  const client = new Client({ baseUrl, bearerToken });
  const anonymous = new Client({ baseUrl });
  const resources = [];
  const checks = {};
  const keep = (resource) => { resources.push(resource); return resource; };

  const statement = keep(await anonymous.capabilityStatement());
  checks.fhirVersion = statement.fhirVersion;

  const patients = keep(await client.search({ resourceType: 'Patient', searchParams: { identifier: `${PERSONNUMMER_SYSTEM}|${personnummer}` } }));
  const patient = patients.entry[0].resource;
  checks.patientIdentifier = patient.identifier[0].value;

  const created = keep(await client.create({
    resourceType: 'Communication',
    body: {
      resourceType: 'Communication',
      status: 'completed',
      recipient: [{ reference: `Patient/${patient.id}` }],
      topic: { text: 'Kallelse' },
      payload: [{ contentString: 'Välkommen på besök.' }],
    },
  }));
  checks.createdPartOf = created.partOf[0].reference;

  const task = keep(await client.read({ resourceType: 'Task', id: created.partOf[0].reference.split('/')[1] }));
  checks.taskStatus = task.status;

  await client.create({ resourceType: 'Communication', body: { resourceType: 'Communication', status: 'completed', recipient: [{ reference: `Patient/${patient.id}` }], payload: [{ contentString: 'Andra.' }] } });
  let page = keep(await client.search({ resourceType: 'Task', searchParams: { 'patient.identifier': `${PERSONNUMMER_SYSTEM}|${personnummer}`, _count: 1, _revinclude: 'Communication:part-of' } }));
  let tasks = 0;
  let communications = 0;
  for (;;) {
    for (const entry of page.entry || []) {
      if (entry.resource.resourceType === 'Task') tasks += 1;
      if (entry.resource.resourceType === 'Communication') communications += 1;
    }
    const next = await client.nextPage({ bundle: page });
    if (!next) break;
    page = keep(next);
  }
  checks.tasks = tasks;
  checks.communications = communications;

  const audit = keep(await client.search({ resourceType: 'AuditEvent', searchParams: { 'patient.identifier': `${PERSONNUMMER_SYSTEM}|${personnummer}` } }));
  checks.auditAgents = [...new Set((audit.entry || []).map((e) => e.resource.agent[0].altId))];

  try {
    await anonymous.search({ resourceType: 'Patient', searchParams: { identifier: `${PERSONNUMMER_SYSTEM}|${personnummer}` } });
    checks.withoutToken = 'accepted';
  } catch (error) {
    checks.withoutToken = error.response && error.response.status;
    if (error.response && error.response.data) keep(error.response.data);
  }

  process.stdout.write(JSON.stringify({ checks, resources }) + '\n');
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error) => {
  process.stderr.write(`fhir-kit-e2e.mjs: ${error && error.stack ? error.stack : error}\n`);
  if (error && error.response) process.stderr.write(`status ${error.response.status}: ${JSON.stringify(error.response.data)}\n`);
  process.exitCode = 1;
});
